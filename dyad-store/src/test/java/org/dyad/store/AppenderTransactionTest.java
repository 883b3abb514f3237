package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the writer relies on in DuckDB's JDBC appender (1.1.3), on a real database file: with autocommit off, the
 * rows an appender flushes (on {@code flush()} or {@code close()}) go into the connection's open transaction, so a
 * rollback drops them, a commit keeps them, and another connection sees none of them before the commit. The same
 * holds for an appender on a temporary table, which the writer stages rows in.
 *
 * <p>The catch: {@code setAutoCommit(false)} (and {@code commit()}, {@code rollback()}) leave no transaction open
 * until the next statement runs; an appender flushed before that runs in a transaction of its own and commits its
 * rows at once, whatever the connection does next. The writer therefore runs a statement before it appends.
 */
class AppenderTransactionTest {
  @TempDir Path dir;

  private Connection open(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + file);
  }

  @Test
  void rolledBackAppendsAreGoneAndCommittedOnesStay() throws Exception {
    Path file = dir.resolve("a.duckdb");
    try (Connection c = open(file)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER)");
      }
      c.setAutoCommit(false);
      begin(c);
      try (DuckDBAppender a = appender(c, "t")) {
        row(a, "x", 1);
        row(a, "y", 2);
      }
      assertEquals(2, Sql.number(c, "SELECT count(*) FROM t")); // the transaction sees its own rows
      c.rollback();
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM t"));

      begin(c);
      try (DuckDBAppender a = appender(c, "t")) {
        row(a, "z", 3);
        a.flush();
        row(a, "w", 4);
      }
      try (Connection other = c.unwrap(DuckDBConnection.class).duplicate()) {
        assertEquals(0, Sql.number(other, "SELECT count(*) FROM t")); // not committed yet
      }
      c.commit();
    }
    try (Connection c = open(file)) { // reopened from the file
      assertEquals(2, Sql.number(c, "SELECT count(*) FROM t"));
      assertEquals(7, Sql.number(c, "SELECT sum(n) FROM t"));
    }
  }

  @Test
  void anAppenderFlushedBeforeAnyStatementCommitsOnItsOwn() throws Exception {
    Path file = dir.resolve("d.duckdb");
    try (Connection c = open(file)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER)");
      }
      c.setAutoCommit(false);
      try (DuckDBAppender a = appender(c, "t")) { // no statement since autocommit went off: no transaction yet
        row(a, "x", 1);
      }
      c.rollback();
      assertEquals(1, Sql.number(c, "SELECT count(*) FROM t")); // the rollback did not take it back
      c.commit();
    }
    try (Connection c = open(file)) {
      assertEquals(1, Sql.number(c, "SELECT count(*) FROM t"));
    }
  }

  @Test
  void aTemporaryTableAppendedToIsPartOfTheTransaction() throws Exception {
    Path file = dir.resolve("b.duckdb");
    try (Connection c = open(file)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER)");
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMP TABLE stage (id VARCHAR, n INTEGER)");
      }
      try (DuckDBAppender a = appender(c, "stage")) {
        row(a, "x", 1);
      }
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO t SELECT * FROM stage ORDER BY rowid");
        s.execute("DROP TABLE stage");
      }
      c.rollback();
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM t"));
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'stage'"));
    }
    try (Connection c = open(file)) {
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM t"));
    }
  }

  @Test
  void aDuplicateKeyFailsTheAppendAndTheRollbackLeavesNothing() throws Exception {
    Path file = dir.resolve("c.duckdb");
    try (Connection c = open(file)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER)");
        s.execute("INSERT INTO t VALUES ('x', 0)");
      }
      c.setAutoCommit(false);
      begin(c);
      assertThrows(SQLException.class, () -> {
        try (DuckDBAppender a = appender(c, "t")) {
          row(a, "y", 1);
          row(a, "x", 2);
        }
      });
      c.rollback();
      assertEquals(1, Sql.number(c, "SELECT count(*) FROM t"));
    }
  }

  @Test
  void aTimestampIsStoredAsThePreparedStatementStoredIt() throws Exception {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York")); // not UTC: the driver's
    try (Connection c = open(dir.resolve("e.duckdb"))) {                              // conversion shows
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (n INTEGER, at TIMESTAMP)");
      }
      java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.parse("2026-12-07T22:50:01.123456789Z"));
      try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (1, ?)")) {
        ps.setTimestamp(1, now);
        ps.execute();
      }
      try (DuckDBAppender a = appender(c, "t")) {
        a.beginRow();
        a.append(2);
        a.appendLocalDateTime(now.toLocalDateTime());
        a.endRow();
      }
      java.util.List<String> stored = new java.util.ArrayList<>();
      try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT CAST(at AS VARCHAR) FROM t ORDER BY n")) {
        while (r.next()) {
          stored.add(r.getString(1));
        }
      }
      // both the zone's wall-clock time of the instant, to the microsecond
      assertEquals(java.util.List.of("2026-12-07 17:50:01.123456", "2026-12-07 17:50:01.123456"), stored);
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  private static DuckDBAppender appender(Connection c, String table) throws SQLException {
    return c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  // any statement opens the transaction that autocommit off leaves to the next one
  private static void begin(Connection c) throws SQLException {
    Sql.number(c, "SELECT 1");
  }

  private static void row(DuckDBAppender a, String id, int n) throws SQLException {
    a.beginRow();
    a.append(id);
    a.append(n);
    a.endRow();
  }
}
