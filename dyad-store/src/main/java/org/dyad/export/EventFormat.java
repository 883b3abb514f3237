package org.dyad.export;

import java.io.OutputStream;
import java.util.List;

/** One way of writing events to a file or stream, known by a name in {@link Exports}. */
public interface EventFormat {
  /** The name users give with {@code --format} or {@code ?format=}. */
  String name();

  /** One line for help texts and the README. */
  String description();

  /** The HTTP content type of the output. */
  String contentType();

  /** The file name ending, without the dot ("csv", "plover.jsonl"). */
  String extension();

  /**
   * A writer onto {@code out}; {@code extraColumns} name values given with each event (e.g. {@code record_id}),
   * added to each record after the format's own fields. Closing the sink finishes the output and flushes it but
   * leaves {@code out} open.
   */
  EventSink open(OutputStream out, List<String> extraColumns);

  /** A writer onto {@code out} with the format's own fields only. */
  default EventSink open(OutputStream out) {
    return open(out, List.of());
  }
}
