package org.dyad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReprintsTest {
  private static final String STORY = "The foreign ministers of the two countries met on Tuesday in the capital and "
      + "agreed to resume talks on trade, energy and the border, a spokesman said after the meeting, adding that "
      + "a further round would follow in the spring and that both sides hoped to sign a treaty within the year.";

  @Test
  void aLightlyEditedCopyReprintsTheFirstAndAnOtherStoryDoesNot() {
    Reprints r = Reprints.standard();
    assertNull(r.add("a", STORY));
    assertEquals("a", r.add("b", STORY.replace("a spokesman said", "an official said")));
    assertNull(r.add("c", "Heavy rain flooded the river valley overnight and thousands of people left their "
        + "homes as the water rose, the regional authorities said on Wednesday."));
  }

  @Test
  void signaturesComputedElsewhereFindTheSameReprints() {
    Reprints byText = Reprints.standard();
    Reprints bySignature = Reprints.standard();
    String copy = STORY.replace("on Tuesday", "on Tuesday evening");
    byText.add("a", STORY);
    bySignature.add("a", Reprints.signature(STORY));
    assertEquals(byText.add("b", copy), bySignature.add("b", Reprints.signature(copy)));
    assertEquals("b", bySignature.add("c", Reprints.signature(copy)), "the most similar earlier article");
    assertNull(bySignature.add("d", Reprints.signature("too short")));
  }
}
