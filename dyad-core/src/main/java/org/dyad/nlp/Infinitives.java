package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends a tagging fault before parsing: the tagger sometimes reads an infinitive as a preposition and a noun
 * ("announced plans last week to slap up to 300 mln dlrs in tariffs", "to/IN slap/NN"), and the parse then has no
 * verb there. A singular noun right after "to" is retagged as a base verb (and "to" as the infinitive's marker)
 * when what follows can only begin a verb's complement: a number, a possessive pronoun, or a particle ("up",
 * "down", "off", "back", "out"). "to war", "to power in" and "to court the next day" stay as they are.
 */
final class Infinitives {
  private static final Set<String> PARTICLES = Set.of("up", "down", "off", "back", "out");

  private Infinitives() {}

  /** Retags, in place, the misread infinitives of {@code tokens} (tagged, one document). */
  static void mend(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel to = tokens.get(i - 1);
      CoreLabel word = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      boolean misread = to.word().equalsIgnoreCase("to") && "IN".equals(to.tag()) && "NN".equals(word.tag())
          && Character.isLowerCase(word.word().charAt(0));
      String n = next.word().toLowerCase(Locale.ROOT);
      boolean complement = "CD".equals(next.tag()) || "PRP$".equals(next.tag()) || PARTICLES.contains(n);
      if (misread && complement) {
        to.setTag("TO");
        word.setTag("VB");
        word.setLemma(word.word().toLowerCase(Locale.ROOT));
      }
    }
  }
}
