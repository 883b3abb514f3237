package org.dyad.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.store.ParquetEvents;

/**
 * Events as one Parquet file with the store's event columns (those the Spark job writes and a Parquet store
 * reads), extra columns last. Parquet is written whole, so the sink gathers the events and writes them at close.
 */
final class ParquetFormat implements EventFormat {
  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public String description() {
    return "one Parquet file with the store's event columns (binary; use --output or redirect)";
  }

  @Override
  public String contentType() {
    return "application/vnd.apache.parquet";
  }

  @Override
  public String extension() {
    return "parquet";
  }

  @Override
  public EventSink open(OutputStream out, List<String> extraColumns) {
    ParquetEvents table = ParquetEvents.open(extraColumns);
    return new EventSink() {
      @Override
      public void write(Event event, List<String> extras) {
        if (extras.size() != extraColumns.size()) {
          throw new IllegalArgumentException("expected " + extraColumns.size() + " extra values " + extraColumns
              + ", got " + extras.size());
        }
        table.add(event, extras);
      }

      @Override
      public void close() {
        Path file = null;
        try (table) {
          file = Files.createTempFile("dyad-export-", ".parquet");
          Files.delete(file); // DuckDB writes the file itself
          table.writeTo(file);
          Files.copy(file, out);
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write Parquet output", e);
        } finally {
          if (file != null) {
            try {
              Files.deleteIfExists(file);
            } catch (IOException e) {
              // a temp file left behind is harmless
            }
          }
        }
      }
    };
  }
}
