package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.PloverType;
import org.junit.jupiter.api.Test;

class EventColumnsTest {
  // no target, no location, a month date: the flattened columns must say null, and the date a range
  private static final Event EVENT = Event.builder().id("e-1").articleId("a-1").outlet("Wire").published("2014-03-18")
      .sentence("Russia rejected it.").sentenceIndex(2).span(10, 29)
      .source(new EventActor("Russia", "Russia", "RUS", null)).plover(PloverType.REJECT).cameo("120").intensity(-4.0)
      .status(EventStatus.NEGATED).date("2014-03").datePrecision(DatePrecision.MONTH).dateText("in March")
      .confidence(0.5).build();

  @Test
  void aRowFlattensActorsLocationAndTheDatesRangeInTableOrder() {
    assertArrayEquals(new Object[] {"e-1", "a-1", "Wire", "2014-03-18", "Russia rejected it.", 2, 10, 29,
        "Russia", "Russia", "RUS", null, null, null, null, null, "REJECT", null, "120", -4.0, "negated", "2014-03",
        "month", "in March", LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 31), null, null, 0.5, null},
        EventColumns.row(EVENT));
  }

  @Test
  void theTableStatementListsEveryColumnWithItsTypeAndTheNamesListTheSameOrder() {
    assertEquals(30, EventColumns.ALL.size());
    assertTrue(EventColumns.ddl().startsWith("CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, "
        + "article_id VARCHAR NOT NULL, "), EventColumns.ddl());
    assertTrue(EventColumns.ddl().endsWith("confidence DOUBLE, story_id VARCHAR)"), EventColumns.ddl());
    assertTrue(EventColumns.names().startsWith("id, article_id, outlet, published, sentence, sentence_index"));
  }

  @Test
  void aFormatPicksColumnsByNameInItsOwnOrderAndATypoFails() {
    List<EventColumns.Column> picked = EventColumns.named(List.of("plover", "id"));
    assertEquals(List.of("REJECT", "e-1"), picked.stream().map(c -> c.value().apply(EVENT)).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventColumns.named(List.of("plover_type")));
    assertEquals("no event column 'plover_type'", e.getMessage());
  }
}
