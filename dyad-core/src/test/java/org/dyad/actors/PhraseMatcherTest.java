package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, PhraseMatcher.editDistance("baker", "baker"));
    assertEquals(1, PhraseMatcher.editDistance("itzhak", "yitzhak"));
    assertEquals(2, PhraseMatcher.editDistance("mikhail", "michael"));
    assertEquals(6, PhraseMatcher.editDistance("howard", "james"));
    assertEquals(3, PhraseMatcher.editDistance("", "abe"));
  }
}
