package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedLinesTest {
  private static final String FURNITURE = "Follow us   on the  wire";

  @Test
  void onlyTextDumpsVoteAndTheirFolderIsTheirGroup() {
    assertEquals("/data/site", RepeatedLines.group("/data/site/a.txt"));
    assertEquals("", RepeatedLines.group("a.txt"));
    assertNull(RepeatedLines.group("/data/site/a.html"));
    assertNull(RepeatedLines.group("/data/site/feed.jsonl"));
  }

  @Test
  void aDocumentVotesOnceForEachShortLineNormalised() {
    String long30 = "word ".repeat(30).strip();
    assertEquals(Set.of("Follow us on the wire", "Body line."),
        RepeatedLines.votes(FURNITURE + "\n\nBody line.\n  Follow us on the wire \n" + long30));
  }

  @Test
  void aLineIsFurnitureInThreeDocumentsAndThirtyPercentOfItsGroup() {
    assertTrue(RepeatedLines.repeated(3, 10));
    assertFalse(RepeatedLines.repeated(2, 2));
    assertFalse(RepeatedLines.repeated(3, 11));
  }

  @Test
  void theBuilderAndCountsMadeElsewhereFindTheSameLines() {
    RepeatedLines.Builder b = new RepeatedLines.Builder();
    for (int i = 0; i < 4; i++) {
      b.add("site", FURNITURE + "\nStory number " + i + " in its own words.");
    }
    b.add("other", FURNITURE);
    RepeatedLines found = b.build();
    assertTrue(found.test("Follow us on the wire"));
    assertFalse(found.test("Story number 1 in its own words."));
    assertEquals(RepeatedLines.of(Set.of("Follow us on the wire")), found);
  }
}
