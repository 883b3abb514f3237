package org.dyad.text;

import java.util.HashSet;
import java.util.Set;
import org.dyad.util.Resources;

/**
 * The one list of English function words ({@code stopwords.txt}), read for its two uses: the words analysed
 * terms leave out, and the words whose share tells prose from navigation. A word serves both unless its second
 * column names one.
 */
public final class StopWords {
  private static final Set<String> TERMS = load("terms");
  private static final Set<String> PROSE = load("prose");

  private StopWords() {}

  /** The words that carry no topic: dropped from {@link Terms}. */
  public static Set<String> terms() {
    return TERMS;
  }

  /** The words that are frequent in prose and rare in menus, tickers and link lists. */
  public static Set<String> prose() {
    return PROSE;
  }

  private static Set<String> load(String use) {
    Set<String> out = new HashSet<>();
    for (String line : Resources.lines(StopWords.class, "stopwords.txt")) {
      String[] cells = line.split("\t");
      if (cells.length > 2 || cells.length == 2 && !cells[1].equals("terms") && !cells[1].equals("prose")) {
        throw new IllegalStateException(
            "stopwords.txt: expected 'word' or 'word<TAB>terms|prose', got '" + line + "'");
      }
      if (cells.length == 1 || cells[1].equals(use)) {
        out.add(cells[0]);
      }
    }
    return Set.copyOf(out);
  }
}
