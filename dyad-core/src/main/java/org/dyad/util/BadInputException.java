package org.dyad.util;

/**
 * The user's input is wrong: a missing file, a malformed option value, an unreadable CSV row. The command line
 * reports it as one line and exits with code 2; any other exception is a failure while working (exit code 1).
 */
public class BadInputException extends IllegalArgumentException {
  /** A message that names the file or argument and what is wrong with it. */
  public BadInputException(String message) {
    super(message);
  }
}
