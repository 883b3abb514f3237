package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Computes the day of month of a holiday from its lexicon rule ("12-25", "11/4/4", "11/1/1+1"). */
final class Holidays {
  private Holidays() {}

  /** The day of month the holiday {@code rule} falls on in {@code year}. */
  static int day(String rule, int year) {
    if (rule.contains("-") && !rule.contains("/")) {
      return Integer.parseInt(rule.substring(3));
    }
    String[] parts = rule.split("[/+]");
    LocalDate first = LocalDate.of(year, Integer.parseInt(parts[0]), 1);
    DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(parts[1]));
    int n = Integer.parseInt(parts[2]);
    LocalDate day = n < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    return day.getDayOfMonth() + (parts.length > 3 ? Integer.parseInt(parts[3]) : 0);
  }
}
