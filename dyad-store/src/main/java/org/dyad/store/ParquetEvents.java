package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.dyad.model.Event;

/**
 * Events gathered in an in-memory DuckDB table with the store's event columns (and extra text columns), then
 * written as one Parquet file: the same columns the Spark job writes and {@code Store.openParquet} reads.
 */
public final class ParquetEvents implements AutoCloseable {
  private static final int BATCH = 1000;
  private final Connection db;
  private final PreparedStatement insert;
  private final List<String> extraColumns;
  private int pending;
  private long seq;

  private ParquetEvents(Connection db, PreparedStatement insert, List<String> extraColumns) {
    this.db = db;
    this.insert = insert;
    this.extraColumns = extraColumns;
  }

  /** An empty table; {@code extraColumns} are VARCHAR columns after the store's. */
  public static ParquetEvents open(List<String> extraColumns) {
    try {
      Connection db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = db.createStatement()) {
        s.execute(EventTable.DDL);
        // the same columns without the key: an export keeps every event it is given, in order
        s.execute("CREATE TABLE export AS SELECT *, 0::BIGINT AS export_seq FROM events LIMIT 0");
        for (String c : extraColumns) {
          s.execute("ALTER TABLE export ADD COLUMN " + quote(c) + " VARCHAR");
        }
      }
      String columns = EventTable.COLUMNS + ", export_seq" + extraColumns.stream().map(c -> ", " + quote(c))
          .reduce("", String::concat);
      int n = columns.split(",").length;
      PreparedStatement ps = db.prepareStatement("INSERT INTO export (" + columns + ") VALUES ("
          + String.join(", ", Collections.nCopies(n, "?")) + ")");
      return new ParquetEvents(db, ps, List.copyOf(extraColumns));
    } catch (SQLException e) {
      throw new StoreException("cannot prepare a Parquet export", e);
    }
  }

  /** Adds one event with its extra values. */
  public void add(Event e, List<String> extras) {
    try {
      int i = Sql.bind(insert, 1, java.util.Arrays.asList(EventColumns.row(e)));
      insert.setLong(i, seq++);
      Sql.bind(insert, i + 1, extras);
      insert.addBatch();
      if (++pending >= BATCH) {
        flush();
      }
    } catch (SQLException ex) {
      throw new StoreException("cannot add event " + e.id() + " to a Parquet export", ex);
    }
  }

  /** Writes every event added so far to {@code file}, in the order they were added. */
  public void writeTo(Path file) {
    try (Statement s = db.createStatement()) {
      flush();
      String columns = EventTable.COLUMNS + extraColumns.stream().map(c -> ", " + quote(c)).reduce("", String::concat);
      s.execute("COPY (SELECT " + columns + " FROM export ORDER BY export_seq) TO '"
          + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet to " + file, e);
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  private static String quote(String column) {
    return "\"" + column.replace("\"", "\"\"") + "\"";
  }

  @Override
  public void close() {
    try {
      insert.close();
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a Parquet export", e);
    }
  }
}
