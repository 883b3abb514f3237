package org.dyad.dictionary;

import java.io.Serializable;

/**
 * One event word a user dictionary adds to (or overrides in) dyad's lexicon, in the terms of lexicon.tsv.
 *
 * @param lemma the trigger's lemma, lower case
 * @param second the word that must depend on the trigger, lower case, or null for a bare entry
 * @param pos {@code V}, {@code N} or {@code A}
 * @param code a CAMEO code of cameo.tsv, or {@code -} (this sense is no event)
 * @param kind {@code act}, {@code say}, {@code visit} or {@code enact}
 * @param source where the entry was read, {@code FILE:LINE}
 */
public record LexiconEntry(String lemma, String second, String pos, String code, String kind, String source)
    implements Serializable {
  public LexiconEntry {
    if (lemma == null || lemma.isBlank() || pos == null || code == null || kind == null || source == null) {
      throw new IllegalArgumentException("incomplete lexicon entry from " + source);
    }
  }

  /** The term as lexicon.tsv writes it: {@code lemma} or {@code lemma+second}. */
  public String term() {
    return second == null ? lemma : lemma + "+" + second;
  }
}
