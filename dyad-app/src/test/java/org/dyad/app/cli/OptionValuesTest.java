package org.dyad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.util.BadInputException;
import org.junit.jupiter.api.Test;

class OptionValuesTest {

  @Test
  void aDayIsParsedStrippedAndABadOneNamesTheOption() {
    assertEquals(LocalDate.of(2013, 2, 5), OptionValues.day("--from", " 2013-02-05 "));
    assertNull(OptionValues.day("--from", null));
    BadInputException e = assertThrows(BadInputException.class, () -> OptionValues.day("--to", "5 Feb"));
    assertEquals("--to must be a date YYYY-MM-DD, got '5 Feb'", e.getMessage());
  }

  @Test
  void threadsDefaultToTheCoresAndMustBeBetweenOneAnd256() {
    assertEquals(Runtime.getRuntime().availableProcessors(), OptionValues.threads(null));
    assertEquals(256, OptionValues.threads(256));
    BadInputException e = assertThrows(BadInputException.class, () -> OptionValues.threads(0));
    assertEquals("--threads must be between 1 and 256, got 0", e.getMessage());
  }

  @Test
  void aTimelineMethodIsNamedAndAnUnknownOneListsTheKnownOnes() {
    assertEquals(TimelineBuilder.Method.SHARE, OptionValues.timelineMethod("share"));
    BadInputException e = assertThrows(BadInputException.class, () -> OptionValues.timelineMethod("best"));
    assertEquals("--method must be mentions, share or baseline, got 'best'", e.getMessage());
  }
}
