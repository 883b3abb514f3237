package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointTest {

  @ParameterizedTest
  @ValueSource(strings = {"1998", "1998-Q3", "1998-08", "1998-W32", "1998-08-07", "2021-W01"})
  void printsTheValueItParsed(String value) {
    assertEquals(value, Point.parse(value).value());
  }

  @Test
  void doesNotParseReferencesOrDurations() {
    assertNull(Point.parse("PAST_REF"));
    assertNull(Point.parse("P3D"));
  }

  @Test
  void movesByItsOwnUnit() {
    assertEquals("1997-Q4", Point.parse("1998-Q1").plus(-1).value());
    assertEquals("2013-W01", Point.of(LocalDate.of(2012, 12, 31), Unit.WEEK).value());
    assertEquals("201", Point.of(LocalDate.of(2013, 2, 5), Unit.DECADE).value());
  }

  @Test
  void writesDurationsTheTimeMlWay() {
    assertEquals("P9M", Unit.QUARTER.duration(3));
    assertEquals("PT2H", Unit.HOUR.duration(2));
    assertEquals("PXY", Unit.YEAR.duration(null));
  }
}
