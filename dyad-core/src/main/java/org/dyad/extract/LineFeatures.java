package org.dyad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.text.StopWords;
import org.dyad.util.Resources;

/** The signals that tell an article paragraph from page furniture in a text dump, one line at a time. */
final class LineFeatures {
  private static final Set<String> STOP_WORDS = StopWords.prose();
  private static final List<Pattern> BOILERPLATE = Resources.lines(LineFeatures.class, "boilerplate.txt").stream()
      .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
      .collect(Collectors.toUnmodifiableList());
  // menus and tickers string items together with these
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|•·»›]\\s|>>|\\s{3,}");
  private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…\"”’')\\]:]$");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

  private LineFeatures() {}

  /** Words in the line; CJK characters count as half a word each, since CJK text has no spaces. */
  static int words(String line) {
    // a char loop rather than split and regex: this runs on every line of every file before the pipeline starts
    return (line.isBlank() ? 0 : 1 + whitespaceRuns(line.trim())) + cjkCount(line) / 2;
  }

  /** Runs of {@code \\s} characters, i.e. the gaps {@code split("\\s+")} splits a trimmed line at. */
  private static int whitespaceRuns(String s) {
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      runs += ws && !inRun ? 1 : 0;
      inRun = ws;
    }
    return runs;
  }

  private static int cjkCount(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) >= '\u1100') { // every Han, kana and Hangul character lies above U+1100
        return (int) CJK.matcher(line).results().count();
      }
    }
    return 0;
  }

  /** Share of the line's words that are English function words. */
  static double stopWordShare(String line) {
    String[] tokens = line.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int n = 0;
    int stop = 0;
    for (String t : tokens) {
      if (!t.isEmpty()) {
        n++;
        stop += STOP_WORDS.contains(t) ? 1 : 0;
      }
    }
    return n == 0 ? 0 : stop / (double) n;
  }

  static boolean isBoilerplate(String line) {
    String t = line.strip();
    for (Pattern p : BOILERPLATE) {
      if (p.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }

  static int separators(String line) {
    return (int) SEPARATOR.matcher(line.strip()).results().count();
  }

  static boolean endsLikeSentence(String line) {
    return TERMINAL.matcher(line.strip()).find();
  }

  /**
   * How much the line looks like article prose: positive for sentences, negative for furniture.
   * Long lines with function words and a sentence end score highest; boilerplate vocabulary and menus lowest.
   */
  static double score(String line, boolean repeated) {
    int words = words(line);
    if (repeated) {
      return -3;
    }
    if (isBoilerplate(line) && words < 40) {
      return -3;
    }
    if (separators(line) >= 2) {
      return -2;
    }
    double stop = stopWordShare(line);
    boolean sentence = endsLikeSentence(line);
    if (words >= 5 && sentence && (stop >= 0.15 || CJK.matcher(line).find())) {
      return 1 + Math.min(words, 60) / 15.0;
    }
    if (words >= 12 && stop >= 0.2) {
      return 0.5;
    }
    return words < 4 ? -1 : -0.5;
  }
}
