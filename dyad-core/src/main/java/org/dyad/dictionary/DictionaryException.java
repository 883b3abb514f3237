package org.dyad.dictionary;

import org.dyad.util.BadInputException;

/** A user dictionary that cannot be read as its format says: the message is {@code FILE:LINE: what is wrong}. */
public final class DictionaryException extends BadInputException {
  /** A fault on line {@code line} of {@code file}. */
  public DictionaryException(String file, int line, String what) {
    super(file + ":" + line + ": " + what);
  }

  /** A fault of the whole file (missing, unreadable, of no known format). */
  public DictionaryException(String file, String what) {
    super(file + ": " + what);
  }
}
