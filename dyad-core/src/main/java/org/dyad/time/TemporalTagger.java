package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.util.Validate;

/**
 * Finds temporal expressions in English text and resolves them against the document creation time.
 *
 * <p>Thread-safe: the rules are loaded once and never change; a call keeps its state on the stack.
 */
public final class TemporalTagger {
  private static final Lexicon LEXICON = Lexicon.load();
  private static final Finder FINDER = new Finder(LEXICON);
  private static final Resolver RESOLVER = new Resolver(LEXICON);
  private static final TenseGuesser TENSES = new TenseGuesser();
  private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");
  private static final Pattern INDEFINITE = Pattern.compile("\\ban?\\s+[a-z]+\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PERIOD_END =
      Pattern.compile("(?:quarter|period|year|months|half)\\s+(?:ended|ending|that ended)\\s+$", Pattern.CASE_INSENSITIVE);

  /** The expressions of {@code text}, in order; {@code dct} may be null (then relative ones stay unresolved). */
  public List<Timex> tag(String text, LocalDate dct) {
    return explain(text, dct).stream().map(Resolved::timex).toList();
  }

  /** Like {@link #tag}, with the tense, rule and anchor behind each value. */
  public List<Resolved> explain(String text, LocalDate dct) {
    Validate.notNull(text, "text");
    List<int[]> sentences = Sentences.spans(text);
    List<Resolved> out = new ArrayList<>();
    Point anchor = null;
    for (Match match : FINDER.find(text)) {
      int[] s = sentenceOf(sentences, match.start());
      Tense tense = TENSES.guess(text.substring(s[0], s[1]), match.start() - s[0], match.end() - s[0]);
      Context context = new Context(dct, tense, anchor);
      String value = RESOLVER.resolve(match, text, context);
      if (value != null) {
        Resolved resolved = resolved(match, text, value, tense, anchor);
        out.add(resolved);
        anchor = nextAnchor(resolved.timex(), match, text, anchor, dct);
      }
    }
    return out;
  }

  /** The first expression of one sentence resolved against {@code dct}, for dating an event; null if none. */
  public Resolved resolveFirst(String sentence, LocalDate dct) {
    List<Resolved> all = explain(sentence, dct);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The tense the verbs around characters [{@code start}, {@code end}) of {@code sentence} suggest. */
  public Tense tense(String sentence, int start, int end) {
    return TENSES.guess(sentence, start, end);
  }

  private static Resolved resolved(Match match, String text, String value, Tense tense, Point anchor) {
    String type = value.contains("T") && match.rule().type().equals("DATE") && !value.endsWith("REF")
        ? "TIME" : match.rule().type();
    Timex timex = new Timex(match.start(), match.end(), text.substring(match.start(), match.end()), type, value);
    return new Resolved(timex, tense, match.rule().id(), anchor == null ? null : anchor.value());
  }

  // a date counted from the last one does not become the reference itself ("a year earlier" twice)
  private static Point nextAnchor(Timex timex, Match match, String text, Point anchor, LocalDate dct) {
    if (dct != null && isStretchOfYear(timex)) {
      boolean recent = anchor != null && anchor.start().isAfter(dct.minusYears(1)) && !anchor.start().isAfter(dct);
      return Point.of(recent ? anchor.start() : dct, Unit.YEAR);
    }
    boolean own = match.rule().type().equals("DATE") && !match.rule().resolver().startsWith("shift:anchor")
        && !endsPeriod(text, match.start()) && !passingQuarter(match, text);
    Point mentioned = own ? Point.parse(timex.value()) : null;
    // "a year ago" resolved to the reported quarter a year back is a comparison, not a new reference
    boolean comparison = mentioned != null && mentioned.unit() == Unit.QUARTER && match.rule().resolver().startsWith("shift");
    return mentioned != null && !comparison ? mentioned : anchor;
  }

  // "the quarter ended Sept. 30": the date closes the period just named, which stays the reference
  private static boolean endsPeriod(String text, int start) {
    return PERIOD_END.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }

  // "after a flat second quarter": a quarter described in an indefinite phrase is mentioned in
  // passing; the story stays with the period it reports ("a third-quarter loss" is that period)
  private static boolean passingQuarter(Match match, String text) {
    return match.rule().resolver().equals("quarter")
        && INDEFINITE.matcher(text.substring(Math.max(0, match.start() - 30), match.start())).find();
  }

  // "the nine months", "the first six months": a stretch of the year being reported, so what is compared
  // with it "a year earlier" is the year before, not a quarter
  private static boolean isStretchOfYear(Timex timex) {
    Matcher m = MONTHS.matcher(timex.value());
    return timex.type().equals("DURATION") && m.matches() && Integer.parseInt(m.group(1)) < 12
        && timex.text().toLowerCase(Locale.ROOT).startsWith("the ");
  }

  private static int[] sentenceOf(List<int[]> sentences, int offset) {
    for (int[] s : sentences) {
      if (offset < s[1]) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }
}
