package org.dyad.store;

/** The store could not be opened, read or written; the message names the store folder. */
public final class StoreException extends RuntimeException {
  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")), cause);
  }
}
