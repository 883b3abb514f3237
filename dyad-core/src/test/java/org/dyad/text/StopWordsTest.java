package org.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StopWordsTest {

  @ParameterizedTest(name = "{0}: terms {1}, prose {2}")
  @CsvSource({
      "the, true, true",
      "himself, true, false",
      "lrb, true, false",
      "may, false, true",
      "although, false, true",
      "minister, false, false"})
  void aWordWithoutASecondColumnServesBothUsesAndOneWithItOnlyThatOne(String word, boolean terms, boolean prose) {
    assertEquals(terms, StopWords.terms().contains(word), "terms");
    assertEquals(prose, StopWords.prose().contains(word), "prose");
  }

  @Test
  void theTwoUsesKeepTheSizesOfTheListsTheyWereMergedFrom() {
    // 131 words in both, 15 only in the terms list, 11 only in the prose list
    assertEquals(146, StopWords.terms().size());
    assertEquals(142, StopWords.prose().size());
  }

  @Test
  void termsDropStopWordsAndStemWordsLongerThanThreeLetters() {
    assertEquals(List.of("minist", "meet", "iran", "talk"), Terms.of("The ministers were meeting Iran for talks"));
    assertTrue(Terms.isStopWord("himself"));
    assertFalse(Terms.isStopWord("may"));
  }
}
