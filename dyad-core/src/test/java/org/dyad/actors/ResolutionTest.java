package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResolutionTest {

  @ParameterizedTest
  @EnumSource(value = Via.class, names = {"PRONOUN", "SAME_PERSON", "TITLE_FOR"})
  void pronounsRepeatedNamesAndBareTitlesStandForAnActorNamedElsewhere(Via via) {
    assertTrue(Resolution.of(via, "x").indirect());
  }

  @Test
  void everyOtherStepNamesItsActorDirectly() {
    EnumSet<Via> direct = EnumSet.complementOf(EnumSet.of(Via.PRONOUN, Via.SAME_PERSON, Via.TITLE_FOR));
    direct.forEach(via -> assertFalse(Resolution.of(via, "x").indirect(), via.name()));
  }

  @Test
  void namingAddsTheWordsThatGaveTheSideAndKeepsTheStep() {
    Resolution r = new Resolution(Via.TITLE, true, false, true, "treasury secretary").naming("BUENOS AIRES");
    assertEquals(new Resolution(Via.TITLE, true, false, true, "treasury secretary BUENOS AIRES"), r);
  }

  @Test
  void theExplanationIsNotWhatCodingReads() {
    Mention m = new Mention(0, 1, 0, "Moscow", "Russia", "RUS", null, false, false,
        Resolution.of(Via.CAPITAL, "Russia"), "worded any way at all");
    assertEquals(Via.CAPITAL, m.via());
    assertEquals("Moscow → RUS/null (worded any way at all)", m.explain());
  }
}
