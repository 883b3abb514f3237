package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DatePrecision;
import org.dyad.time.Resolved;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  @ParameterizedTest
  @CsvSource({"2000-01-28TMO, 2000-01-28", "2000-01-26TNI, 2000-01-26", "2000-01-27TEV, 2000-01-27",
      "2000-01-28TAF, 2000-01-28"})
  void datesAPartOfADayToItsDayWithDayPrecision(String value, String day) {
    EventDate d = DateResolver.of(new Resolved(new Timex(0, 14, "Friday morning", "TIME", value), org.dyad.time.Tense.PAST,
        "weekday-part", null));
    assertEquals(day, d.value());
    assertEquals(DatePrecision.DAY, d.precision());
    assertEquals(LocalDate.parse(day), d.first());
  }

  @Test
  void datesLastNightToTheDayBeforePublication() {
    // the tagger gives "last night" as a TIME, 2013-02-04TNI; the event happened on 2013-02-04
    Resolved r = TAGGER.explain("Police said last night that two died.", LocalDate.of(2013, 2, 5)).get(0);
    assertEquals("2013-02-04TNI", r.timex().value());
    assertEquals(LocalDate.of(2013, 2, 4), DateResolver.of(r).first());
  }

  @Test
  void leavesAClockTimeWithoutItsDayUndated() {
    Resolved r = TAGGER.explain("The raid began at 6 a.m.", LocalDate.of(2000, 1, 28)).get(0);
    assertEquals("2000-01-28T06:00", r.timex().value());
    assertNull(DateResolver.of(r));
  }

  // the tagger's clock-day and clock-named-day rules; the DCT 2011-02-24 is a Thursday
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"The council meets at 3 p.m. Friday.|2011-02-25",
      "The council meets at noon tomorrow.|2011-02-25", "The blast came at 8:58 p.m. yesterday.|2011-02-23"})
  void datesAClockTimeSaidWithItsDayToThatDay(String text, String day) {
    EventDate d = DateResolver.of(TAGGER.explain(text, LocalDate.of(2011, 2, 24)).get(0));
    assertEquals(day, d.value());
    assertEquals(DatePrecision.DAY, d.precision());
  }

  // the cases the events package's own date patterns covered before the temporal tagger replaced them
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lavrov met Biden on Saturday.|2013-02-05|2013-02-02|DAY",
      "Lavrov will meet Biden on Saturday.|2013-02-05|2013-02-09|DAY",
      "The bill was approved last Friday.|2012-11-23|2012-11-16|DAY",
      "Ryabkov warned last week.|2012-11-23|2012-W46|WEEK",
      "The US passed a law in December.|2013-02-05|2012-12|MONTH",
      "Obama will visit Russia in September.|2013-05-08|2013-09|MONTH",
      "Earlier this month, Obama issued an order.|2016-03-25|2016-03|MONTH",
      "They signed it on November 11.|2013-11-12|2013-11-11|DAY",
      "Russia annexed Crimea in March 2014.|2015-03-18|2014-03|MONTH",
      "Putin met Obama yesterday.|2013-06-18|2013-06-17|DAY",
      "The UN Security Council will meet at 3 p.m. Friday.|2011-02-24|2011-02-25|DAY"})
  void datesEventWordsAsTheTaggerResolvesThem(String text, String dct, String value, DatePrecision precision) {
    List<EventDate> found = TAGGER.explain(text, LocalDate.parse(dct)).stream()
        .map(DateResolver::of).filter(java.util.Objects::nonNull).toList();
    assertTrue(found.stream().anyMatch(d -> d.value().equals(value) && d.precision() == precision),
        found.toString());
  }
}
