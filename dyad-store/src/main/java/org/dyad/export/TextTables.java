package org.dyad.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.util.Json;

/** The text table formats: JSONL (one object a row) and CSV (a header line, RFC 4180 quoting as the event CSV). */
final class TextTables {
  private TextTables() {}

  /** One JSON object a row, its fields in column order; dates as ISO strings. */
  static TableFormat jsonl() {
    return new Text("jsonl", "application/x-ndjson; charset=utf-8", "jsonl") {
      @Override
      void rows(Table t, Writer w) throws IOException {
        for (List<Object> row : t.rows()) {
          Map<String, Object> o = new LinkedHashMap<>();
          for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            o.put(t.columns().get(i), v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v);
          }
          w.write(Json.line(o));
          w.write('\n');
        }
      }
    };
  }

  /** A header line of the column names, then one line a row. */
  static TableFormat csv() {
    return new Text("csv", "text/csv; charset=utf-8", "csv") {
      @Override
      void rows(Table t, Writer w) throws IOException {
        w.write(line(t.columns()));
        for (List<Object> row : t.rows()) {
          w.write(line(row));
        }
      }

      private String line(List<?> values) {
        return String.join(",", values.stream().map(CsvFormat::cell).toList()) + "\n";
      }
    };
  }

  private abstract static class Text implements TableFormat {
    private final String name;
    private final String contentType;
    private final String extension;

    Text(String name, String contentType, String extension) {
      this.name = name;
      this.contentType = contentType;
      this.extension = extension;
    }

    abstract void rows(Table t, Writer w) throws IOException;

    @Override
    public String name() {
      return name;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public String extension() {
      return extension;
    }

    @Override
    public void write(Table table, OutputStream out) {
      try {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        rows(table, w);
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + name + " output", e);
      }
    }
  }
}
