package org.dyad.export;

import java.util.List;
import org.dyad.model.Event;

/** Receives events one at a time and writes them in one format. */
public interface EventSink extends AutoCloseable {
  /** Writes one event with the values of the sink's extra columns, in their order. */
  void write(Event event, List<String> extras);

  /** Writes one event with no extra values. */
  default void write(Event event) {
    write(event, List.of());
  }

  /** Pushes what was written so far to the output, where the format allows (not Parquet, written whole at close). */
  default void flush() {}

  /** Writes whatever the format keeps until the end (Parquet: everything) and flushes. */
  @Override
  void close();
}
