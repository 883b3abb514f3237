package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

  private static Sentence of(String... wordsAndTags) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < wordsAndTags.length; i += 2) {
      String w = wordsAndTags[i];
      tokens.add(new Token(tokens.size(), w, w, wordsAndTags[i + 1], "O", at, at + w.length()));
      at += w.length() + 1;
    }
    return new Sentence(0, 0, at, String.join(" ", wordsAndTags), tokens, List.of());
  }

  @Test
  void tokensBetweenTheQuotationMarksAreQuotedAndTheMarksAreNot() {
    Sentence s = of("\"", "``", "We", "PRP", "will", "MD", "retaliate", "VB", "\"", "''", "he", "PRP", "said", "VBD");
    assertArrayEquals(new boolean[] {false, true, true, true, false, false, false}, s.quoted());
  }

  @Test
  void aQuotationStillOpenAtTheEndQuotesTheRest() {
    Sentence s = of("He", "PRP", "said", "VBD", "\"", "``", "never", "RB");
    assertArrayEquals(new boolean[] {false, false, false, true}, s.quoted());
  }
}
