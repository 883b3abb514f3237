package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineFeaturesTest {
  private static final String PROSE = "Russia and the United States agreed on Friday to extend their talks on "
      + "strategic arms for another round, officials said.";

  @ParameterizedTest
  @ValueSource(strings = {"Print Mail Large Medium Small", "Share this", "Related News", "Most Popular",
      "Editor: Li Ming", "Copyright © 2016 Xinhua. All rights reserved.", "Back to top", "Subscribe to our newsletter",
      "An error occurred while loading this page", "This site uses cookies", "(China Daily 02/05/2013 page11)",
      "Home | World", "You are here: Home > World", "Photo: Reuters", "分享到："})
  void boilerplateVocabularyLinesScoreAsFurniture(String line) {
    assertTrue(LineFeatures.isBoilerplate(line), line);
    assertTrue(LineFeatures.score(line, false) < 0, line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Markets: Dow 17,000 | Nasdaq 4,500 | Brent 40.2 | Gold 1,220",
      "World » Asia » Europe » Americas",
      "Politics • Business • Tech • Science",
      "Sports >> Football >> Tennis >> Golf"})
  void tickerAndMenuLinesWithSeparatorsScoreAsFurniture(String line) {
    assertTrue(LineFeatures.separators(line) >= 2, line);
    assertTrue(LineFeatures.score(line, false) < 0, line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Analysts said they expect the companies to share the costs of the new pipeline equally over ten years.",
      "The minister said that he would print the new rules in the official gazette next week."})
  void proseThatMentionsAWidgetWordIsNotBoilerplate(String line) {
    assertFalse(LineFeatures.isBoilerplate(line), line);
    assertTrue(LineFeatures.score(line, false) > 0, line);
  }

  @Test
  void proseScoresHigherThanAShortHeadline() {
    assertTrue(LineFeatures.score(PROSE, false) > 1);
    assertTrue(LineFeatures.score("Russia and US agree", false) < 0);
  }

  @Test
  void aRepeatedLineIsFurnitureEvenWhenItReadsLikeProse() {
    assertTrue(LineFeatures.score(PROSE, true) < 0);
  }

  @Test
  void cjkCharactersCountAsHalfAWordEach() {
    assertEquals(1 + 4, LineFeatures.words("中俄两国外长会谈"));
  }

  @Test
  void cjkSentenceScoresAsProse() {
    assertTrue(LineFeatures.score("王毅表示，中方愿同俄方一道，落实两国元首达成的重要共识。", false) > 0);
  }

  @Test
  void stopWordShareCountsEnglishFunctionWords() {
    assertEquals(0.5, LineFeatures.stopWordShare("the talks and the deal"), 0.11);
    assertEquals(0.0, LineFeatures.stopWordShare("Moscow Washington Kremlin"));
    assertEquals(0.0, LineFeatures.stopWordShare(""));
  }

  @Test
  void blankLineHasNoWords() {
    assertEquals(0, LineFeatures.words("   "));
  }
}
