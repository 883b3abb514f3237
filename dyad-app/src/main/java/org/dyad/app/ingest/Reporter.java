package org.dyad.app.ingest;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dyad.ingest.Skip;

/** Prints skipped files and warnings to stderr, one line each, and counts them. Thread-safe. */
public final class Reporter implements Consumer<Skip> {
  private final PrintStream err;
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger warnings = new AtomicInteger();

  public Reporter(PrintStream err) {
    this.err = err;
  }

  /** A reporter that only counts. */
  public static Reporter counting() {
    return new Reporter(null);
  }

  @Override
  public void accept(Skip skip) {
    (skip.skipped() ? skipped : warnings).incrementAndGet();
    if (err != null) {
      synchronized (err) {
        err.println(skip);
      }
    }
  }

  public int skipped() {
    return skipped.get();
  }

  public int warnings() {
    return warnings.get();
  }
}
