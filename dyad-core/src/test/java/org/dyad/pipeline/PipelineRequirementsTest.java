package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.dyad.events.EventCoder;
import org.dyad.quotes.QuoteFinder;
import org.junit.jupiter.api.Test;

/** The pipeline checks, when it is built, that each stage gets what it requires from the stages before it. */
class PipelineRequirementsTest {
  @Test
  void theEventsStageProvidesWhatTheQuotesStageRequires() {
    assertDoesNotThrow(() -> Pipeline.checkRequirements("quotes", QuoteFinder.REQUIRES, EventCoder.PROVIDES));
  }

  @Test
  void failsNamingTheStageAndWhatIsMissing() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pipeline.checkRequirements("quotes", QuoteFinder.REQUIRES, Set.of("tokens", "pos")));
    assertEquals("stage \"quotes\" requires [mentions, ner], which no earlier stage provides", e.getMessage());
  }
}
