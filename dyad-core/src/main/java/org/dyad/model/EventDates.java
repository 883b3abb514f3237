package org.dyad.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

/** The first and last day an event date covers: "2013-02-02", "2012-W46", "2012-12" or "2012". */
public final class EventDates {
  private EventDates() {}

  /** [first, last], or null for an unknown or unreadable date. */
  public static LocalDate[] range(String date) {
    if (date == null) {
      return null;
    }
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        LocalDate d = LocalDate.parse(date.substring(0, 10));
        return new LocalDate[] {d, d};
      }
      if (date.matches("\\d{4}-W\\d{2}")) {
        LocalDate monday = LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6))).with(DayOfWeek.MONDAY);
        return new LocalDate[] {monday, monday.plusDays(6)};
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(date);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      if (date.matches("\\d{4}")) {
        int y = Integer.parseInt(date);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
