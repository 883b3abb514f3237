package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows added through DuckDB's appender instead of one prepared INSERT a row, inside the batch's transaction.
 *
 * <p>With autocommit off, an appender's rows go into the connection's open transaction, and a rollback drops them
 * (AppenderTransactionTest) — but only once a statement has opened that transaction: {@code setAutoCommit(false)},
 * {@code commit()} and {@code rollback()} leave none open, and an appender flushed then commits its rows on its own.
 * {@link #begin} runs a statement for that, and the writer calls it before its first appender.
 *
 * <p>Every table gets its rows through a {@link Stage}: a temporary table without constraints that the appender
 * fills, moved into its table with one {@code INSERT ... SELECT} in the order appended. DuckDB 1.1.3's appender
 * has no list or date values and cannot ignore a key already stored, so the conversions and {@code INSERT OR
 * IGNORE} are written in that statement as the prepared statements had them. And it is never pointed at a table
 * with constraints: an appender whose flush fails a constraint leaves the database unable to be opened again in
 * the same process (the next open spins; AppendedBatchTest fails a batch at its last table and writes the next), while a failing
 * {@code INSERT ... SELECT} rolls back like any statement.
 */
final class Appends {
  private Appends() {}

  /** Opens the connection's transaction (autocommit off), so that appenders flushed from now on write into it. */
  static void begin(Connection db) throws SQLException {
    if (db.getAutoCommit()) {
      throw new IllegalStateException("appends belong in the batch's transaction: autocommit is on");
    }
    Sql.number(db, "SELECT 1");
  }

  /** An appender on {@code table} of the main schema (or a temporary table of that name); the caller closes it. */
  private static DuckDBAppender to(Connection db, String table) throws SQLException {
    return db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** Appends one row of {@code values} (see {@link #value}). */
  private static void row(DuckDBAppender a, Object... values) throws SQLException {
    a.beginRow();
    for (Object v : values) {
      value(a, v);
    }
    a.endRow();
  }

  /**
   * Appends one value as the prepared statements bound it: null as NULL, strings, integers, longs, doubles and
   * booleans as they are, a date as its day number from 1970-01-01 (a stage's INTEGER column, made a DATE in
   * SQL by {@link #day}), a date and time as it is (the writer gives {@code Timestamp.toLocalDateTime()}, which
   * is what the driver stores for a bound {@code Timestamp}).
   */
  private static void value(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) {
      a.append((String) null);
    } else if (v instanceof String s) {
      a.append(s);
    } else if (v instanceof Integer i) {
      a.append(i.intValue());
    } else if (v instanceof Long l) {
      a.append(l.longValue());
    } else if (v instanceof Double d) {
      a.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      a.append(b.booleanValue());
    } else if (v instanceof LocalDate d) {
      a.append(Math.toIntExact(d.toEpochDay()));
    } else if (v instanceof LocalDateTime t) {
      a.appendLocalDateTime(t);
    } else {
      throw new IllegalArgumentException("no appender value for " + v.getClass().getName());
    }
  }

  /** The SQL that makes a staged day number (from {@link #value}) the date it was. */
  static String day(String column) {
    return "(DATE '1970-01-01' + " + column + ")";
  }

  /**
   * A temporary table of the batch's rows for one table, created in the batch's transaction (so a rollback drops it
   * too), appended to, then moved into its table and dropped.
   */
  static final class Stage implements AutoCloseable {
    private final Connection db;
    private final String name;
    private DuckDBAppender appender;
    private final Set<String> keys = new HashSet<>();

    /** A stage {@code name} with these column definitions ("id VARCHAR, n INTEGER"). */
    Stage(Connection db, String name, String columns) throws SQLException {
      this.db = db;
      this.name = name;
      try (Statement s = db.createStatement()) {
        s.execute("CREATE OR REPLACE TEMP TABLE " + name + " (" + columns + ")");
      }
      appender = to(db, name);
    }

    void row(Object... values) throws SQLException {
      Appends.row(appender, values);
    }

    /**
     * The row, unless one with {@code key} was staged before: as a row-by-row {@code INSERT OR IGNORE}, a key given
     * twice in a batch keeps its first row.
     */
    void rowOnce(String key, Object... values) throws SQLException {
      if (keys.add(key)) {
        row(values);
      }
    }

    /**
     * Flushes the rows and runs {@code insert} followed by {@code SELECT select FROM stage ORDER BY rowid}
     * ("INSERT OR IGNORE INTO t (a, b)", "a, lower(b)"): the rows go in in the order appended.
     */
    void moveInto(String insert, String select) throws SQLException {
      appender.close();
      appender = null;
      try (Statement s = db.createStatement()) {
        s.execute(insert + " SELECT " + select + " FROM " + name + " ORDER BY rowid");
        s.execute("DROP TABLE " + name);
      }
    }

    @Override
    public void close() throws SQLException {
      if (appender != null) {
        appender.close();
      }
    }
  }
}
