package org.dyad.app;

import org.dyad.util.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the dates users type on the command line, with errors naming the option. */
final class Dates {
  private Dates() {}

  /** An ISO day "YYYY-MM-DD"; null stays null. */
  static LocalDate parseDay(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }
}
