package org.dyad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Extracts the article from a plain-text dump of a news page (navigation, tickers and credits included).
 *
 * <p>Each line is scored by {@link LineFeatures}; the body is the contiguous run of lines with the highest
 * total score, so isolated prose-like furniture (an error banner after the search box) stays out. The title is
 * the last headline-like line before the body; date, outlet and authors come from the lines around it.
 */
final class TextDumpExtractor {
  // a bare word glued after the last sentence, like the "Endi" of a truncated "End item" marker
  private static final Pattern GLUED_TAIL = Pattern.compile("([.!?\"”’])\\s+[\\p{L}]{1,8}$");
  // an excerpt's closing ellipsis after a complete sentence
  private static final Pattern EXCERPT_TAIL = Pattern.compile("([.!?\"”’])\\s*(…|\\.\\.\\.)$");
  private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(.{2,80})$");
  // the stamp of a reader comment: "April 21 , 2011 at 12:33 pm | Reply" (blogs), "Added : Tuesday , 19 January ,
  // 2010 , 18:16 GMT" (BBC's Have Your Say), "At 13:39 1st Jun 2012 , BluesBerry wrote :"; the article ended before
  // the first one
  private static final Pattern COMMENT_STAMP = Pattern.compile("\\b\\d{4} at \\d{1,2}:\\d{2} ?[ap]m \\| Reply\\b"
      + "|\\bAdded : \\p{L}+ , \\d{1,2} \\p{L}+ , \\d{4} , \\d{1,2}:\\d{2} GMT"
      // BBC's later comment pages: "At 13:39 1st Jun 2012 , BluesBerry wrote :"
      + "|\\bAt \\d{1,2}:\\d{2} \\d{1,2}(?:st|nd|rd|th) \\p{L}{3,9} \\d{4} ?, [^,]{1,40} wrote ?:"
      // the openers of a comment section ("We welcome comments on our articles …", "Views expressed in the comments
      // …") and the wire's credit line that closes a story ("(Reporting by …; Editing by …)"), tokenized or not
      + "|^(?:We welcome comments\\b|Views expressed in the comments\\b|This discussion is now closed\\b)"
      + "|^(?:-LRB-|\\() ?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\\b");

  // a sentence's end: . ! or ?, perhaps inside a closing quote or bracket
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]?$");
  // inputs of at most this many lines are taken as texts a user gave, not as page dumps
  private static final int SHORT_TEXT_LINES = 3;
  // a text of at most this many lines is a paragraph or two a user gave: its first sentence is never taken as title
  private static final int SHORT_TEXT_MAX_LINES = 8;

  private final Predicate<String> repeated;

  // lines of a header or footer searched for the outlet's name; real pages have far fewer
  private static final int FURNITURE_LINES = 500;

  TextDumpExtractor(Predicate<String> repeated) {
    this.repeated = repeated;
  }

  Extraction extract(String content) {
    List<String> lines = content.replace("\r\n", "\n").replace('\r', '\n').lines()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    int[] run = bestRun(lines.subList(0, beforeComments(lines)));
    int[] body = run == null ? shortText(lines) : trimHeadline(lines, withLeadingSentences(lines, withLede(lines, run)));
    if (body == null) {
      return new Extraction(null, null, null, null, List.of(), null, "", "other", 0);
    }
    if (startsWithHeadline(lines, body)) {
      body[0]++;
    }
    List<String> header = lines.subList(0, body[0]);
    List<String> footer = lines.subList(body[1] + 1, lines.size());
    List<String> paragraphs = run == null ? lines.subList(body[0], body[1] + 1)
        : cleanBody(lines.subList(body[0], body[1] + 1));
    String title = title(header);
    TextDates.Found date = TextDates.inHeader(header, footer);
    String outlet = Outlets.inFurniture(firstLines(header), firstLines(footer));
    return new Extraction(title, date == null ? null : date.iso(), date == null ? null : "text", outlet,
        authors(header, outlet), null, String.join("\n\n", paragraphs), pageType(paragraphs), confidence(lines, body));
  }

  /**
   * The first lines of a header or footer: where a page names its outlet. A text of many megabytes around a short
   * body would otherwise have every one of its lines tried against every outlet's name.
   */
  private static List<String> firstLines(List<String> part) {
    return part.subList(0, Math.min(part.size(), FURNITURE_LINES));
  }

  /**
   * The index of the first line with a reader comment's stamp, a comment section's opener or the wire's closing credit
   * line, or the number of lines: the body ends before it.
   */
  static int beforeComments(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (COMMENT_STAMP.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return lines.size();
  }

  /** Indices [first, last] of the maximum-sum run of line scores, trimmed to prose at both ends; null if none. */
  private int[] bestRun(List<String> lines) {
    double best = 0;
    double sum = 0;
    int start = 0;
    int[] run = null;
    for (int i = 0; i < lines.size(); i++) {
      double s = LineFeatures.score(lines.get(i), repeated.test(lines.get(i)));
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += s;
      if (sum > best) {
        best = sum;
        run = new int[] {start, i};
      }
    }
    return run;
  }

  /**
   * "SEOUL, April 21 - U.S. Commerce Secretary Malcolm Baldrige praised ...": a wire lede is dense with names and may
   * score below prose, or lack its full stop; the line just before the run that opens with a dateline is the lede.
   */
  private static int[] withLede(List<String> lines, int[] run) {
    if (run == null || run[0] == 0) {
      return run;
    }
    String before = lines.get(run[0] - 1);
    boolean lede = LineFeatures.words(before) >= 8 && Datelines.split(before).place() != null;
    return lede ? new int[] {run[0] - 1, run[1]} : run;
  }

  /**
   * A short text as a user gives it ("Iran threatened Israel on Sunday, officials said.", one line, few function
   * words) scores too low to form a run; when the whole input is a few lines, its sentences are the body.
   */
  private int[] shortText(List<String> lines) {
    if (lines.isEmpty() || lines.size() > SHORT_TEXT_LINES) {
      return null;
    }
    String only = lines.get(0);
    if (lines.size() == 1 && LineFeatures.words(only) >= 3 && !LineFeatures.isBoilerplate(only)
        && LineFeatures.separators(only) < 2) {
      return new int[] {0, 0}; // one line is the text, with or without its full stop
    }
    int first = 0;
    while (first < lines.size() && !plainSentence(lines.get(first))) {
      first++;
    }
    int last = lines.size() - 1;
    while (last >= first && !plainSentence(lines.get(last))) {
      last--;
    }
    return first <= last ? new int[] {first, last} : null;
  }

  /**
   * The run of a short text widened over the sentences right before it that scored low only for their few function
   * words, so its first sentence is not mistaken for its title ("Iran threatened Israel on Sunday." above the body).
   * Long page dumps keep their run: widening them too lowered Timeline17 AR-1 below its floor (0.1398 < 0.140).
   */
  private int[] withLeadingSentences(List<String> lines, int[] run) {
    if (lines.size() > SHORT_TEXT_MAX_LINES) {
      return run; // a page dump: its first lines are the page's furniture and headline, scored as before
    }
    int start = run[0];
    while (start > 0 && plainSentence(lines.get(start - 1)) && LineFeatures.words(lines.get(start - 1)) >= 5
        && LineFeatures.stopWordShare(lines.get(start - 1)) > 0) {
      start--;
    }
    return new int[] {start, run[1]};
  }

  /** A line that reads as one sentence of prose: a few words ending in . ! or ?, no furniture, no menu. */
  private boolean plainSentence(String line) {
    return LineFeatures.words(line) >= 3 && SENTENCE_END.matcher(line).find() && !LineFeatures.isBoilerplate(line)
        && LineFeatures.separators(line) < 2 && !repeated.test(line) && !TextDates.isDateLine(line)
        && !BYLINE.matcher(line).matches();
  }

  /** A headline long enough to score as prose still opens no body: move leading non-sentences to the header. */
  private static int[] trimHeadline(List<String> lines, int[] run) {
    if (run == null) {
      return null;
    }
    int start = run[0];
    while (start < run[1] && !LineFeatures.endsLikeSentence(lines.get(start))
        && !(LineFeatures.words(lines.get(start)) >= 8 && Datelines.split(lines.get(start)).place() != null)) {
      start++;
    }
    return new int[] {start, run[1]};
  }

  /**
   * True when the run opens with a headline that scored like prose ("Is a new Cold War coming?"): short, not
   * ending like a body sentence, and followed by a longer paragraph.
   */
  private static boolean startsWithHeadline(List<String> lines, int[] run) {
    if (run[1] <= run[0]) {
      return false;
    }
    String first = lines.get(run[0]);
    int words = LineFeatures.words(first);
    return words >= 2 && words <= 20 && !first.endsWith(".") && !first.endsWith(":")
        && LineFeatures.words(lines.get(run[0] + 1)) > words && Datelines.split(first).place() == null;
  }

  private List<String> cleanBody(List<String> run) {
    List<String> out = new ArrayList<>();
    for (String line : run) {
      // furniture the prose around it pulled into the run: widgets, repeated lines, tickers (not sentences)
      boolean ticker = LineFeatures.separators(line) >= 2 && !LineFeatures.endsLikeSentence(line);
      if (LineFeatures.score(line, repeated.test(line)) > -3 && !ticker) {
        out.add(line.replaceAll("[ \\t\\u00A0]{2,}", " "));
      }
    }
    while (!out.isEmpty() && LineFeatures.score(out.get(out.size() - 1), false) < 0) {
      out.remove(out.size() - 1);
    }
    if (!out.isEmpty()) {
      out.set(out.size() - 1, trimTail(out.get(out.size() - 1)));
    }
    return out;
  }

  static String trimTail(String last) {
    String t = EXCERPT_TAIL.matcher(last).replaceFirst("$1");
    return GLUED_TAIL.matcher(t).replaceFirst("$1");
  }

  /** The last headline-like line before the body: not furniture, not a date or byline line. */
  private static String title(List<String> header) {
    for (int i = header.size() - 1; i >= 0; i--) {
      String line = header.get(i);
      int words = LineFeatures.words(line);
      if (words >= 2 && words <= 30 && !LineFeatures.isBoilerplate(line) && LineFeatures.separators(line) < 2
          && !TextDates.isDateLine(line) && !BYLINE.matcher(line).matches() && Outlets.named(line) == null) {
        return line.replaceAll("\\s{2,}", " ");
      }
    }
    return null;
  }

  private static List<String> authors(List<String> header, String outlet) {
    for (String line : header) {
      var m = BYLINE.matcher(line);
      if (m.matches()) {
        return Authors.parse(m.group(1), outlet);
      }
    }
    return List.of();
  }

  private static String pageType(List<String> paragraphs) {
    int words = paragraphs.stream().mapToInt(LineFeatures::words).sum();
    return words >= 80 ? "article" : words >= 20 ? "other" : "other";
  }

  /** Share of the page's words that are in the body, scaled by body length: dumps with little furniture score high. */
  private static double confidence(List<String> lines, int[] body) {
    int all = 0;
    int in = 0;
    for (int i = 0; i < lines.size(); i++) {
      int w = LineFeatures.words(lines.get(i));
      all += w;
      in += i >= body[0] && i <= body[1] ? w : 0;
    }
    double share = all == 0 ? 0 : in / (double) all;
    return Math.round(Math.min(1.0, in / 150.0) * (0.5 + 0.5 * share) * 100) / 100.0;
  }
}
