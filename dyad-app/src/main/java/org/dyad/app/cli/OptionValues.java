package org.dyad.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dyad.app.ingest.Ingest;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.util.BadInputException;

/** Parses the values users type on the command line, with errors naming the option. */
final class OptionValues {
  private OptionValues() {}

  /** An ISO day "YYYY-MM-DD"; null stays null. */
  static LocalDate day(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** The {@code --threads} value: the number of cores when not given, else 1 to 256. */
  static int threads(Integer given) {
    int n = given == null ? Ingest.cores() : given;
    if (n < 1 || n > 256) {
      throw new BadInputException("--threads must be between 1 and 256, got " + n);
    }
    return n;
  }

  /** The timeline method named by {@code --method}; a bad name is bad usage. */
  static TimelineBuilder.Method timelineMethod(String name) {
    return TimelineBuilder.Method.named(name).orElseThrow(() -> new BadInputException(
        "--method must be mentions, share or baseline, got '" + name + "'"));
  }

  /** The value stripped and in upper case; null stays null. */
  static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }

  /** The value stripped and in lower case; null stays null. */
  static String lower(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
