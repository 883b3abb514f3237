package org.dyad.app.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap use seen while it runs, sampled by a daemon thread (a benchmark figure, not an exact one). */
final class HeapPeak implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 50;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapPeak() {
    sampler = new Thread(this::sample, "dyad-heap-peak");
    sampler.setDaemon(true);
  }

  /** Starts sampling now. */
  static HeapPeak start() {
    HeapPeak p = new HeapPeak();
    p.sampler.start();
    return p;
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peak heap use so far, in bytes. */
  long bytes() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  /** The heap limit of this JVM (-Xmx), in bytes. */
  long max() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
