package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalDayTest {

  @ParameterizedTest(name = "{0} shown as {1} -> {2}")
  @CsvSource(nullValues = "none", value = {
      "2019-05-05T23:15Z, 2019-05-06, 2019-05-06",      // east of Greenwich it is already the next day
      "2019-05-06T02:18Z, 2019-05-05, 2019-05-05",      // west of it, still the previous one
      "2019-05-05T12:00Z, 2019-05-06, none",            // at noon a day off is another date, not a zone
      "2019-05-05T23:15Z, 2019-05-04, none",            // no clock shows the previous day an hour before midnight
      "2019-05-05T23:15+02:00, 2019-05-06, none",       // a local time-stamp is already the page's day
      "2019-05-05, 2019-05-06, none",                   // a day without a time has no zone to cross
      "2019-05-05T23:15Z, none, none",
  })
  void yieldsToTheDateLineOnlyAcrossMidnight(String stamp, String visible, String expected) {
    assertEquals(expected, LocalDay.across(stamp, visible));
  }

  @ParameterizedTest
  @CsvSource({"2019-05-05T23:15+02:00", "2019-05-05", "garbage"})
  void isNoUtcStamp(String stamp) {
    assertNull(LocalDay.across(stamp, "2019-05-06"));
  }
}
