package org.dyad.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as one Parquet file, written by an in-memory DuckDB: each column typed by its values (BIGINT for whole
 * numbers, DOUBLE for decimals, DATE for dates, else VARCHAR; a column of nulls only is VARCHAR).
 */
final class ParquetTable implements TableFormat {
  @Override
  public String name() {
    return "parquet";
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
  public void write(Table table, OutputStream out) {
    Path file = null;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      fill(db, table);
      file = Files.createTempFile("dyad-table-", ".parquet");
      Files.delete(file); // DuckDB writes the file itself
      try (Statement s = db.createStatement()) {
        s.execute("COPY t TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
      }
      Files.copy(file, out);
      out.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a Parquet table: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Parquet output", e);
    } finally {
      deleteQuietly(file);
    }
  }

  private static void fill(Connection db, Table table) throws SQLException {
    List<String> defs = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      defs.add(quote(table.columns().get(i)) + " " + type(table, i));
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE t (" + String.join(", ", defs) + ")");
    }
    String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO t VALUES (" + marks + ")")) {
      for (List<Object> row : table.rows()) {
        for (int i = 0; i < row.size(); i++) {
          ps.setObject(i + 1, row.get(i));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String type(Table table, int column) {
    for (List<Object> row : table.rows()) {
      Object v = row.get(column);
      if (v instanceof Long || v instanceof Integer) {
        return "BIGINT";
      } else if (v instanceof Double || v instanceof Float) {
        return "DOUBLE";
      } else if (v instanceof LocalDate) {
        return "DATE";
      } else if (v != null) {
        return "VARCHAR";
      }
    }
    return "VARCHAR";
  }

  private static String quote(String column) {
    return "\"" + column.replace("\"", "\"\"") + "\"";
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temp file left behind is harmless
      }
    }
  }
}
