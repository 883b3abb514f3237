package org.dyad.extract.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The page's own day for a time-stamp written in UTC: near midnight the publisher's clock may already show the
 * next day (east of Greenwich) or still the previous one (west), and the date line readers see says which.
 */
final class LocalDay {
  // within this many hours of midnight; further off, a date line a day away is another date, not another zone
  private static final int NEAR_MIDNIGHT_HOURS = 3;

  private LocalDay() {}

  /** {@code visible} when it is the day next to a UTC {@code stamp} near midnight on the side it reaches, else null. */
  static String across(String stamp, String visible) {
    OffsetDateTime utc = utc(stamp);
    if (utc == null || visible == null || visible.length() < 10) {
      return null;
    }
    LocalDate shown = LocalDate.parse(visible.substring(0, 10));
    int hour = utc.getHour();
    boolean nextDay = hour >= 24 - NEAR_MIDNIGHT_HOURS && shown.equals(utc.toLocalDate().plusDays(1));
    boolean previousDay = hour < NEAR_MIDNIGHT_HOURS && shown.equals(utc.toLocalDate().minusDays(1));
    return nextDay || previousDay ? shown.toString() : null;
  }

  /** True when {@code stamp} is a date-time in UTC (Z or +00:00). */
  static boolean isUtc(String stamp) {
    return utc(stamp) != null;
  }

  private static OffsetDateTime utc(String stamp) {
    try {
      OffsetDateTime t = stamp == null || stamp.length() <= 10 ? null : OffsetDateTime.parse(stamp);
      return t != null && t.getOffset().equals(ZoneOffset.UTC) ? t : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
