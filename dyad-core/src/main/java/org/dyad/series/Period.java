package org.dyad.series;

import org.dyad.util.BadInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The buckets of a series: ISO week, month, quarter or year. */
public enum Period {
  WEEK, MONTH, QUARTER, YEAR;

  /** The period named by a --by value; fails naming the option. */
  public static Period parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadInputException("--by must be week, month, quarter or year, got '" + name + "'");
    }
  }

  /** The first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the next period. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The period's label: "2013-W05", "2013-02", "2013-Q1" or "2013". */
  public String label(LocalDate start) {
    return switch (this) {
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
    };
  }
}
