package org.dyad.pipeline;

import java.util.HashMap;
import java.util.Map;

/**
 * Collapses a sentence that an article repeats over and over (a broken page, a scraper loop) before NLP: after
 * its first few occurrences, each further copy is blanked out with spaces, so the text keeps its length and every
 * offset into it, and the annotators skip what is left in no time. A news article hardly ever says the same
 * sentence four times, so ordinary articles are left exactly as they are.
 */
final class RepeatedSentences {
  /** Occurrences of one sentence kept; later ones are blanked. */
  static final int KEEP = 3;
  // shorter bits ("Yes.", "Reuters.") may repeat in any article and cost nothing
  private static final int MIN_CHARS = 20;
  private static final String CLOSERS = "\"'\u201d\u2019)]";

  private RepeatedSentences() {}

  /**
   * The text with copies of a sentence beyond the first {@link #KEEP} blanked.
   *
   * @param text the text as the annotators would see it, unchanged when nothing repeats that often
   * @param dropped how many copies were blanked
   */
  record Collapsed(String text, int dropped) {}

  static Collapsed collapse(String text) {
    Map<String, Integer> seen = new HashMap<>();
    StringBuilder out = null;
    int dropped = 0;
    for (int start = 0, end; start < text.length(); start = end) {
      end = sentenceEnd(text, start);
      String key = text.substring(start, end).strip().replaceAll("\\s+", " ");
      if (key.length() < MIN_CHARS || seen.merge(key, 1, Integer::sum) <= KEEP) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(out.charAt(i))) {
          out.setCharAt(i, ' ');
        }
      }
      dropped++;
    }
    return new Collapsed(out == null ? text : out.toString(), dropped);
  }

  /**
   * Where the rough sentence from {@code start} ends: after a line break, or after an end mark (and the quotes
   * closing it) that whitespace follows, unless the mark ends an abbreviation. A wrong end would blank part of a
   * sentence, a missed one only joins two sentences into a longer one that repeats less, so it errs on missing.
   */
  private static int sentenceEnd(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < text.length() && (".!?".indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        if ((j == text.length() || Character.isWhitespace(text.charAt(j))) && (c != '.' || !abbreviation(text, i))) {
          return j;
        }
        i = j - 1;
      }
    }
    return text.length();
  }

  /** True when the word before the period at {@code dot} looks like an abbreviation: "U.", "Mr.", "Gen.", "Sen.". */
  private static boolean abbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    int letters = dot - from;
    boolean capital = letters > 0 && Character.isUpperCase(text.charAt(from));
    boolean dotted = from > 0 && text.charAt(from - 1) == '.'; // the "S." of "U.S."
    return letters == 1 || dotted || (capital && letters <= 3);
  }
}
