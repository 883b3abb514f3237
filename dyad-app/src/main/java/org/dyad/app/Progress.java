package org.dyad.app;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of long work on stderr, shown only when stderr is a terminal. */
interface Progress extends AutoCloseable {

  /** One more unit done. */
  void step();

  @Override
  void close();

  /** A bar over {@code total} units when there is a terminal, else nothing. */
  static Progress of(String task, long total) {
    if (System.console() == null || total <= 1) {
      return none();
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
