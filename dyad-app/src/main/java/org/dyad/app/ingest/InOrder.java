package org.dyad.app.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Hands results to the writer in the order their documents were read, whatever the order the pipeline threads
 * finish them in, so stories and reprints are linked exactly as a single-threaded run links them. A window of
 * permits caps how far reading may run ahead of writing, which keeps memory flat when one document is slow.
 *
 * @param <T> the result type
 */
final class InOrder<T> {
  private final Semaphore window;
  private final Map<Long, T> waiting = new HashMap<>();
  private long issued;
  private long next;

  InOrder(int window) {
    this.window = new Semaphore(window);
  }

  /** The sequence number of the next document read; blocks while the window is full. */
  long issue() throws InterruptedException {
    window.acquire();
    synchronized (this) {
      return issued++;
    }
  }

  /** Takes a finished result (writer thread only) and passes on every result now due, in reading order. */
  void accept(long seq, T result, Consumer<T> out) {
    waiting.put(seq, result);
    for (T due = waiting.remove(next); due != null; due = waiting.remove(next)) {
      next++;
      window.release();
      out.accept(due);
    }
  }
}
