package org.dyad.app;

import org.dyad.app.cli.Dyad;

/** The entry point of the jar: runs the {@code dyad} command line ({@link Dyad}) and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code: 0 success, 1 failure while working, 2 bad usage or input. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    return Dyad.execute(args);
  }
}
