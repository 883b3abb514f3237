package org.dyad.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;

/** A text format of one line per event, after an optional header line; UTF-8, "\n" line ends. */
abstract class LineFormat implements EventFormat {
  /** The header line for these extra columns, or null when the format has none. */
  abstract String header(List<String> extraColumns);

  /** The event's line, its extra values after the format's own fields. */
  abstract String line(Event e, List<String> extraColumns, List<String> extras);

  @Override
  public EventSink open(OutputStream out, List<String> extraColumns) {
    List<String> columns = List.copyOf(extraColumns);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    String header = header(columns);
    if (header != null) {
      print(w, header);
    }
    return new EventSink() {
      @Override
      public void write(Event event, List<String> extras) {
        if (extras.size() != columns.size()) {
          throw new IllegalArgumentException("expected " + columns.size() + " extra values " + columns + ", got "
              + extras.size());
        }
        print(w, line(event, columns, extras));
      }

      @Override
      public void flush() {
        close();
      }

      @Override
      public void close() {
        try {
          w.flush();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + name() + " output", e);
        }
      }
    };
  }

  private void print(Writer w, String line) {
    try {
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name() + " output", e);
    }
  }

  /** A cell of a tab-separated row: tabs and line breaks inside a value become spaces, null is empty. */
  static String tsvCell(Object value) {
    return value == null ? "" : String.valueOf(value).replaceAll("[\t\r\n]+", " ");
  }

  /** The event's day for formats with one date a row: the event's own at day precision, else the publication day. */
  static String day(Event e) {
    String d = e.precision() == DatePrecision.DAY && e.date() != null ? e.date() : e.published();
    return d == null || d.length() < 10 ? null : d.substring(0, 10);
  }
}
