package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final Event MEETING = new Event("e-1", "a-1", "Wire", "2013-02-04", "Lavrov met Biden.", 3,
      List.of(120, 137), new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"),
      new EventActor("Biden", "Joseph Biden", "USA", "GOV"), "CONSULT", "visit", "043", 2.8, "occurred",
      "2013-02-02", "day", "on Saturday", new Location("Munich", "DEU"), 0.86, "s-1");

  @Test
  void theBuilderSetsEveryComponentByName() {
    Event built = Event.builder().id("e-1").articleId("a-1").outlet("Wire").published("2013-02-04")
        .sentence("Lavrov met Biden.").sentenceIndex(3).span(120, 137)
        .source(new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"))
        .target(new EventActor("Biden", "Joseph Biden", "USA", "GOV"))
        .plover(PloverType.CONSULT).mode("visit").cameo("043").intensity(2.8).status(EventStatus.OCCURRED)
        .date("2013-02-02").datePrecision(DatePrecision.DAY).dateText("on Saturday")
        .location(new Location("Munich", "DEU")).confidence(0.86).storyId("s-1").build();
    assertEquals(MEETING, built);
  }

  @Test
  void toBuilderCopiesAnEventSoThatOnlyTheChangedValueDiffers() {
    assertEquals(MEETING, MEETING.toBuilder().build());
    Event unlinked = MEETING.toBuilder().storyId(null).build();
    assertNull(unlinked.storyId());
    assertEquals(MEETING, unlinked.toBuilder().storyId("s-1").build());
  }

  @Test
  void statusAndDatePrecisionReadAsTheirConstants() {
    assertEquals(EventStatus.OCCURRED, MEETING.eventStatus());
    assertEquals(DatePrecision.DAY, MEETING.precision());
    assertEquals(DatePrecision.UNKNOWN, MEETING.toBuilder().date(null).datePrecision(DatePrecision.UNKNOWN).build()
        .precision());
  }

  @Test
  void buildRunsTheRecordsChecks() {
    assertEquals("The parameter 'status' must be a contract status, got 'done'.",
        assertThrows(IllegalArgumentException.class, () -> MEETING.toBuilder().status("done").build()).getMessage());
    assertEquals("The parameter 'id' must not be null.",
        assertThrows(IllegalArgumentException.class, () -> Event.builder().build()).getMessage());
  }
}
