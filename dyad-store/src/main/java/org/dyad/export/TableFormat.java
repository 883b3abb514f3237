package org.dyad.export;

import java.io.OutputStream;

/** One way of writing a {@link Table} to a file or stream, known by the name of the event format it matches. */
public interface TableFormat {
  /** The name users give with {@code ?format=}: the same as the event format of that layout. */
  String name();

  /** The HTTP content type of the output. */
  String contentType();

  /** The file name ending, without the dot. */
  String extension();

  /** Writes the whole table onto {@code out} and flushes it, leaving {@code out} open. */
  void write(Table table, OutputStream out);
}
