package org.dyad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusTest {

  @ParameterizedTest
  @CsvSource({"2000-01-28, 2000-01-28", "2000-01-28TMO, 2000-01-28", "2000-01-26TNI, 2000-01-26",
      "1989-11-06T17:00, 1989-11-06"})
  void aSentenceMentionsTheDayOfADateAPartOfADayOrAClockTime(String value, String day) {
    assertEquals(LocalDate.parse(day), Corpus.day(value));
  }

  @Test
  void aWeekOrMonthIsNoDay() {
    assertNull(Corpus.day("2000-W04"));
    assertNull(Corpus.day("2000-01"));
  }
}
