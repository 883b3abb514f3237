package org.dyad.app.ingest;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of long work on stderr: a bar on a terminal, else a plain line every few seconds (logs, CI, pipes). */
public interface Progress extends AutoCloseable {
  /** How often the plain lines come when there is no terminal. */
  long PLAIN_EVERY_MILLIS = 5_000;

  /** One more unit done. */
  void step();

  @Override
  void close();

  /** A bar over {@code total} files when there is a terminal, else plain lines on stderr. */
  static Progress of(String task, long total) {
    return of(task, total, "files");
  }

  /** A bar over {@code total} units (-1: not known) when there is a terminal, else plain lines on stderr. */
  static Progress of(String task, long total, String unit) {
    if (total >= 0 && total <= 1) {
      return none();
    }
    if (System.console() == null) {
      return plain(task, total, unit, System.err, PLAIN_EVERY_MILLIS, System::currentTimeMillis);
    }
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate();
    if (!unit.equals("files")) {
      b.setUnit(" " + unit, 1).showSpeed(); // a stream of records: its rate is what the user watches
    }
    ProgressBar bar = b.build();
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
    return plain(task, total, "files", out, everyMillis, clock);
  }

  /** As {@link #plain(String, long, PrintStream, long, LongSupplier)} in {@code unit}; a total of -1 is not known. */
  static Progress plain(String task, long total, String unit, PrintStream out, long everyMillis, LongSupplier clock) {
    long start = clock.getAsLong();
    return new Progress() {
      private long done;
      private long last = start;

      @Override
      public synchronized void step() {
        done++;
        long now = clock.getAsLong();
        if (now - last >= everyMillis && (total < 0 || done < total)) {
          last = now;
          if (total < 0) {
            out.printf("%s: %d %s, %d s%n", task, done, unit, (now - start) / 1000);
          } else {
            out.printf("%s: %d of %d %s (%d %%), %d s%n", task, done, total, unit, done * 100 / total,
                (now - start) / 1000);
          }
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
