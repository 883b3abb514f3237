package org.dyad.app;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of long work on stderr: a bar on a terminal, else a plain line every few seconds (logs, CI, pipes). */
interface Progress extends AutoCloseable {
  /** How often the plain lines come when there is no terminal. */
  long PLAIN_EVERY_MILLIS = 5_000;

  /** One more unit done. */
  void step();

  @Override
  void close();

  /** A bar over {@code total} units when there is a terminal, else plain lines on stderr. */
  static Progress of(String task, long total) {
    if (total <= 1) {
      return none();
    }
    if (System.console() == null) {
      return plain(task, total, System.err, PLAIN_EVERY_MILLIS, System::currentTimeMillis);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * One line "ingest: 120 of 4000 files (3 %), 41 s" on {@code out} after a step when {@code everyMillis} have
   * passed since the start or the last line; no control characters, so a log file reads cleanly.
   */
  static Progress plain(String task, long total, PrintStream out, long everyMillis, LongSupplier clock) {
    long start = clock.getAsLong();
    return new Progress() {
      private long done;
      private long last = start;

      @Override
      public synchronized void step() {
        done++;
        long now = clock.getAsLong();
        if (now - last >= everyMillis && done < total) {
          last = now;
          out.printf("%s: %d of %d files (%d %%), %d s%n", task, done, total, done * 100 / total,
              (now - start) / 1000);
          out.flush();
        }
      }

      @Override
      public void close() {}
    };
  }

  /** No progress display. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }
}
