package org.dyad.store;

import org.dyad.util.BadInputException;

/**
 * Another process holds the store (a second ingest, or a program that keeps its database open): the message names
 * the store folder and what to do, and the command line exits with code 2.
 */
public final class StoreBusyException extends BadInputException {
  /** A message that names the store and says what to do. */
  public StoreBusyException(String message) {
    super(message);
  }
}
