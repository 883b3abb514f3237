package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FallbackDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lavrov met Biden on Saturday.|2013-02-05|PAST|2013-02-02|day",
      "Lavrov will meet Biden on Saturday.|2013-02-05|FUTURE|2013-02-09|day",
      "The bill was approved last Friday.|2012-11-23|PAST|2012-11-16|day",
      "Ryabkov warned last week.|2012-11-23|PAST|2012-W46|week",
      "The US passed a law in December.|2013-02-05|PAST|2012-12|month",
      "Obama will visit Russia in September.|2013-05-08|FUTURE|2013-09|month",
      "Earlier this month, Obama issued an order.|2016-03-25|PAST|2016-03|month",
      "Russia attacked Georgia four years ago.|2012-08-08|PAST|2008|year",
      "They signed it on November 11.|2013-11-12|PAST|2013-11-11|day",
      "Russia annexed Crimea in March 2014.|2015-03-18|PAST|2014-03|month",
      "Putin met Obama yesterday.|2013-06-18|PAST|2013-06-17|day"})
  void resolvesDateWordsByTense(String text, String dct, Tense tense, String value, String precision) {
    List<EventDate> found = FallbackDates.find(text, LocalDate.parse(dct), tense);
    assertTrue(found.stream().anyMatch(d -> d.value().equals(value) && d.precision().equals(precision)), found.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Kerry may visit Russia soon.", "Obama will visit Russia for the first time since 2009.",
      "Clinton says she may come."})
  void findsNoDateWhereThereIsNone(String text) {
    assertEquals(List.of(), FallbackDates.find(text, LocalDate.parse("2013-05-08"), Tense.PAST));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Lavrov met Biden on Saturday.", "Ryabkov warned last week."})
  void relativeWordsNeedAPublicationDate(String text) {
    assertEquals(List.of(), FallbackDates.find(text, null, Tense.PAST));
  }
}
