package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lean pipeline: NER runs only where a sentence may name someone, and names are still found there. */
class NlpIT {

  private static String nerOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().ner();
  }

  @Test
  void aNameTheTaggerMistakesForACommonNounIsStillAPerson() {
    // the tagger reads "May" as a modal and "Obama" as NN here: the capital keeps the sentence for NER
    Sentence s = Nlp.shared().annotate("May 14 - Obama slams companies involved in the spill.").get(0);
    assertEquals("PERSON", nerOf(s, "Obama"));
  }

  @Test
  void aSentenceWithoutCapitalsAfterItsFirstWordGetsNoEntities() {
    List<Sentence> ss = Nlp.shared().annotate("Sergei Lavrov met John Kerry on Monday. The talks ended without a deal.");
    assertEquals("PERSON", nerOf(ss.get(0), "Lavrov"));
    // the skipped sentence gets "O" on every token, not the null an unannotated label would carry
    assertTrue(ss.get(1).tokens().stream().allMatch(t -> "O".equals(t.ner())), ss.get(1).tokens().toString());
  }
}
