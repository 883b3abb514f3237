package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtractionEvalTest {

  @Test
  void scoresIdenticalTextsAsOne() {
    ExtractionEval.PageScore s = ExtractionEval.score("p", "One two three four five.", "one two three four five");
    assertEquals(1.0, s.f1(), 1e-9);
  }

  @Test
  void scoresEmptyPredictionAsZero() {
    assertEquals(0.0, ExtractionEval.score("p", "", "one two three four five").f1(), 1e-9);
  }

  @Test
  void countsShinglesAsAMultiset() {
    // prediction repeats the text: every shingle of the gold is found, half of the prediction's is extra
    ExtractionEval.PageScore s = ExtractionEval.score("p", "a b c d a b c d", "a b c d");
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.2, s.precision(), 1e-9);
  }
}
