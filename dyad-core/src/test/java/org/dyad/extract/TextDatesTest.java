package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Updated: 2013-02-05 07:47 | 2013-02-05T07:47",
      "2013-02-05T07:47:12 | 2013-02-05T07:47:12",
      "2013/2/5 | 2013-02-05",
      "Xinhua, March 25, 2016 | 2016-03-25",
      "Mar. 25, 2016 | 2016-03-25",
      "Sept. 5, 2015 | 2015-09-05",
      "September 5th, 2015 | 2015-09-05",
      "25 March 2016 | 2016-03-25",
      "Published 25 Mar 2016 10:30 | 2016-03-25T10:30",
      "(China Daily 02/05/2013 page11) | 2013-02-05",
      "January 1, 2010 | 2010-01-01",
      "February 2, 2010 | 2010-02-02",
      "April 4, 2010 | 2010-04-04",
      "May 5, 2010 | 2010-05-05",
      "June 6, 2010 | 2010-06-06",
      "July 7, 2010 | 2010-07-07",
      "August 8, 2010 | 2010-08-08",
      "October 10, 2010 | 2010-10-10",
      "November 11, 2010 | 2010-11-11",
      "December 12, 2010 | 2010-12-12",
      "Jun 6, 2010 | 2010-06-06",
      "12 June 2014 | 2014-06-12",
      "Jul. 4, 2014 | 2014-07-04",
      "March 25, 2016 1:45 PM | 2016-03-25T13:45",
      "March 25, 2016 12:10 a.m. | 2016-03-25T00:10",
      "March 25, 2016 12:10 pm | 2016-03-25T12:10",
      "2016-03-25 09:05 AM | 2016-03-25T09:05",
  })
  void findsTheDateInCommonWritings(String line, String iso) {
    assertEquals(iso, TextDates.find(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2013-02-30", "February 30, 2013", "31 April 2016", "13/25/2016", "2013-13-01",
      "1975-05-01", "2999-01-01", "In 2016, 25 people were hurt", "Call 2016 1234 567",
      "Russia and the United States agreed on Friday", ""})
  void rejectsInvalidOrImplausibleDates(String line) {
    assertNull(TextDates.find(line));
  }

  @Test
  void aPublishedLineBeatsAnUpdatedLineWhicheverComesFirst() {
    List<String> header = List.of("Updated: 2016-03-26 09:10", "Published: 2016-03-25 14:30");
    TextDates.Found found = TextDates.inHeader(header, List.of());
    assertEquals("2016-03-25T14:30", found.iso());
    assertFalse(found.updated());
  }

  @Test
  void anUpdatedDateIsUsedWhenItIsTheOnlyOne() {
    TextDates.Found found = TextDates.inHeader(List.of("Title", "Updated: 2013-02-05 07:47"), List.of());
    assertEquals("2013-02-05T07:47", found.iso());
    assertTrue(found.updated());
  }

  @Test
  void theHeaderBeatsTheFooter() {
    TextDates.Found found = TextDates.inHeader(List.of("March 25, 2016"), List.of("Posted 2017-01-01"));
    assertEquals("2016-03-25", found.iso());
  }

  @Test
  void theFooterIsUsedWhenTheHeaderHasNoDate() {
    assertEquals("2017-01-01", TextDates.inHeader(List.of("Title"), List.of("Posted 2017-01-01")).iso());
  }

  @Test
  void noDateAnywhereGivesNullNotAnInventedDate() {
    assertNull(TextDates.inHeader(List.of("Title", "By Jane Roe"), List.of("Copyright Xinhua")));
  }

  @Test
  void aShortLineWithADateIsADateLineButProseWithADateIsNot() {
    assertTrue(TextDates.isDateLine("Xinhua, March 25, 2016"));
    assertFalse(TextDates.isDateLine("Russia and the United States signed the treaty on April 8, 2010 in Prague after "
        + "a year of talks."));
  }
}
