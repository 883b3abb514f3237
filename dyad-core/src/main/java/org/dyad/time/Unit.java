package org.dyad.time;

import java.time.temporal.ChronoUnit;

/** Calendar and clock units, with how TimeML writes a duration of each. */
enum Unit {
  SECOND("S", 1, true, ChronoUnit.SECONDS),
  MINUTE("M", 1, true, ChronoUnit.MINUTES),
  HOUR("H", 1, true, ChronoUnit.HOURS),
  DAY("D", 1, false, ChronoUnit.DAYS),
  WEEK("W", 1, false, ChronoUnit.WEEKS),
  MONTH("M", 1, false, ChronoUnit.MONTHS),
  QUARTER("M", 3, false, ChronoUnit.MONTHS),
  YEAR("Y", 1, false, ChronoUnit.YEARS),
  DECADE("Y", 10, false, ChronoUnit.YEARS),
  CENTURY("Y", 100, false, ChronoUnit.YEARS);

  private final String letter;
  private final int factor;
  private final boolean clock;
  private final ChronoUnit chrono;

  Unit(String letter, int factor, boolean clock, ChronoUnit chrono) {
    this.letter = letter;
    this.factor = factor;
    this.clock = clock;
    this.chrono = chrono;
  }

  /** The ISO 8601 duration of {@code amount} units ("P3D", "PT2H", "P9M"); null amount means vague ("PXY"). */
  String duration(Integer amount) {
    if (amount == null && this == QUARTER) {
      return "PXQ"; // "several quarters": no month count to give
    }
    String n = amount == null ? "X" : String.valueOf(amount * factor);
    return (clock ? "PT" : "P") + n + letter;
  }

  /** The java.time unit and how many of it one of this unit spans. */
  ChronoUnit chrono() {
    return chrono;
  }

  /** How many chrono units one of this unit spans (3 months for a quarter). */
  int factor() {
    return factor;
  }
}
