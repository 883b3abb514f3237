package org.dyad.time;

import java.time.LocalDate;

/** Picks the occurrence of a month, day or weekday a relative expression means, by tense and direction. */
final class Calendar {
  private static final int HALF_YEAR = 183;
  // news announces dates a few weeks ahead in past-tense sentences ("said the offer expires Nov. 6"),
  // so tense only moves a date to another year when it is more than a month away
  private static final int MARGIN = 30;

  private Calendar() {}

  /**
   * The year of month {@code month} (and day {@code day}, may be null) as seen from the context:
   * HeidelTime's rule for news — past tense means the last occurrence, future the next one, else the nearest;
   * an explicit direction ("last May", "next March") overrides the tense.
   */
  static int yearOf(int month, Integer day, Integer dir, Context context) {
    LocalDate dct = context.dct();
    LocalDate candidate = LocalDate.of(dct.getYear(), month, day == null ? 1 : Math.min(day, 28));
    int order = day == null ? Integer.compare(month, dct.getMonthValue()) : candidate.compareTo(dct);
    if (dir != null) {
      return dct.getYear() + (dir < 0 && order >= 0 ? -1 : dir > 0 && order <= 0 ? 1 : 0);
    }
    long days = candidate.toEpochDay() - dct.toEpochDay();
    return switch (context.tense()) {
      case PAST -> dct.getYear() - (order > 0 && days > MARGIN ? 1 : 0);
      case FUTURE -> dct.getYear() + (order < 0 && days < -MARGIN ? 1 : 0);
      default -> nearest(candidate, dct);
    };
  }

  private static int nearest(LocalDate candidate, LocalDate dct) {
    long days = candidate.toEpochDay() - dct.toEpochDay();
    return dct.getYear() + (days > HALF_YEAR ? -1 : days < -HALF_YEAR ? 1 : 0);
  }

  /** The day with ISO weekday {@code target} meant from {@code base}: by direction if given, else by tense. */
  static LocalDate weekday(LocalDate base, int target, Integer dir, Tense tense) {
    int back = Math.floorMod(base.getDayOfWeek().getValue() - target, 7);
    int ahead = Math.floorMod(target - base.getDayOfWeek().getValue(), 7);
    if (dir != null) {
      if (dir == 0) {
        return base.plusDays(target - base.getDayOfWeek().getValue());
      }
      return dir < 0 ? base.minusDays(back == 0 ? 7 : back) : base.plusDays(ahead == 0 ? 7 : ahead);
    }
    return switch (tense) {
      case PAST -> base.minusDays(back);
      case FUTURE -> base.plusDays(ahead);
      default -> ahead < back ? base.plusDays(ahead) : base.minusDays(back);
    };
  }
}
