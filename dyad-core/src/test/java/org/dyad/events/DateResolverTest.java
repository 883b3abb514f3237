package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

  @ParameterizedTest
  @CsvSource({"2000-01-28TMO, 2000-01-28", "2000-01-26TNI, 2000-01-26", "2000-01-27TEV, 2000-01-27",
      "2000-01-28TAF, 2000-01-28"})
  void datesAPartOfADayToItsDayWithDayPrecision(String value, String day) {
    EventDate d = DateResolver.fromTimex(new Timex(0, 14, "Friday morning", "TIME", value));
    assertEquals(day, d.value());
    assertEquals("day", d.precision());
    assertEquals(LocalDate.parse(day), d.first());
  }

  @Test
  void datesLastNightToTheDayBeforePublication() {
    // the tagger gives "last night" as a TIME, 2013-02-04TNI; the event happened on 2013-02-04
    Timex t = new TemporalTagger().tag("Police said last night that two died.", LocalDate.of(2013, 2, 5)).get(0);
    assertEquals("2013-02-04TNI", t.value());
    assertEquals(LocalDate.of(2013, 2, 4), DateResolver.fromTimex(t).first());
  }

  @Test
  void leavesAClockTimeUndated() {
    assertNull(DateResolver.fromTimex(new Timex(0, 6, "6 a.m.", "TIME", "2000-01-28T06:00")));
  }
}
