package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar period: the day it starts on and its granularity (a day, an ISO week, a month, ...). */
record Point(LocalDate start, Unit unit) {

  private static final Pattern VALUE =
      Pattern.compile("(\\d{4})(?:-(?:(\\d\\d)(?:-(\\d\\d))?|Q(\\d)|W(\\d\\d?)))?");

  /** The period of {@code unit} that contains {@code day}. */
  static Point of(LocalDate day, Unit unit) {
    return new Point(truncate(day, unit), unit);
  }

  /** Parses a TimeML value such as "1998", "1998-Q3", "1998-08", "1998-W32" or "1998-08-07"; null if not a period. */
  static Point parse(String value) {
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(3) != null) {
      return new Point(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Unit.DAY);
    }
    if (m.group(2) != null) {
      return new Point(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Unit.MONTH);
    }
    if (m.group(4) != null) {
      return new Point(LocalDate.of(year, Integer.parseInt(m.group(4)) * 3 - 2, 1), Unit.QUARTER);
    }
    if (m.group(5) != null) {
      LocalDate day = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(5)));
      return of(day, Unit.WEEK);
    }
    return new Point(LocalDate.of(year, 1, 1), Unit.YEAR);
  }

  /** This period moved by {@code n} of its own units. */
  Point plus(long n) {
    return of(start.plus(n * unit.factor(), unit.chrono()), unit);
  }

  /** The same instant seen at another granularity. */
  Point as(Unit other) {
    return of(start, other);
  }

  /** The TimeML value of this period. */
  String value() {
    return switch (unit) {
      case DAY -> start.toString();
      case WEEK -> String.format("%04d-W%02d",
          start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case DECADE -> String.valueOf(start.getYear() / 10);
      case CENTURY -> String.valueOf(start.getYear() / 100);
      default -> String.valueOf(start.getYear());
    };
  }

  private static LocalDate truncate(LocalDate day, Unit unit) {
    return switch (unit) {
      case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> day.withDayOfYear(1);
      case DECADE -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
      case CENTURY -> LocalDate.of(day.getYear() / 100 * 100, 1, 1);
      default -> day;
    };
  }
}
