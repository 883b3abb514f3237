package org.dyad.ingest;

/**
 * A file or record that was not read, or was read with a caveat, and why.
 *
 * @param source the file, with "#n" or ":line" for one record inside it
 * @param reason one line saying what was wrong
 * @param skipped true when nothing was taken from it, false for a warning on a document that was kept
 */
public record Skip(String source, String reason, boolean skipped) {

  /** A file or record that was left out. */
  public static Skip of(String source, String reason) {
    return new Skip(source, reason, true);
  }

  /** A document that was kept with a caveat. */
  public static Skip warning(String source, String reason) {
    return new Skip(source, reason, false);
  }

  @Override
  public String toString() {
    return (skipped ? "skipped " : "warning ") + source + ": " + reason;
  }
}
