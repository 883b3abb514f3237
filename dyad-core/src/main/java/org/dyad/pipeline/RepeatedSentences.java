package org.dyad.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collapses a sentence that an article repeats over and over (a broken page, a scraper loop) before NLP: after
 * its first few occurrences, each further copy is blanked out with spaces, so the text keeps its length and every
 * offset into it, and the annotators skip what is left in no time. A news article hardly ever says the same
 * sentence four times, so ordinary articles are left exactly as they are.
 */
final class RepeatedSentences {
  /** Occurrences of one sentence kept; later ones are blanked. */
  static final int KEEP = 3;
  // a rough sentence: up to an end mark and the quote or bracket closing it, or to the end of the line
  private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]*(?:[.!?]+[\"'\u201d\u2019)\\]]*|(?=\\n)|$)");
  // shorter bits ("Yes.", "Reuters.") may repeat in any article and cost nothing
  private static final int MIN_CHARS = 20;

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
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        if (m.end() >= text.length()) {
          break;
        }
        continue;
      }
      String key = m.group().strip().replaceAll("\\s+", " ");
      if (key.length() < MIN_CHARS || seen.merge(key, 1, Integer::sum) <= KEEP) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int i = m.start(); i < m.end(); i++) {
        if (!Character.isWhitespace(out.charAt(i))) {
          out.setCharAt(i, ' ');
        }
      }
      dropped++;
    }
    return new Collapsed(out == null ? text : out.toString(), dropped);
  }
}
