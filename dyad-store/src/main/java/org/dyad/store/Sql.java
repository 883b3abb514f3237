package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Small JDBC helpers the tables share. */
final class Sql {
  private Sql() {}

  /** Statements run by {@link #transaction}. */
  interface Work {
    void run(Statement s) throws SQLException;
  }

  /** Runs {@code work} in a transaction of its own: committed when it ends, rolled back when it fails. */
  static void transaction(Connection db, Work work) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      work.run(s);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  /** {@code sql} prepared on {@code db} with {@code params} bound in order; the caller closes it. */
  static PreparedStatement prepare(Connection db, String sql, List<?> params) throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    try {
      bind(ps, 1, params);
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** Binds {@code values} to the parameters from {@code first} on; returns the position after the last. */
  static int bind(PreparedStatement ps, int first, List<?> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      ps.setObject(i++, v);
    }
    return i;
  }

  /** The number in the first column of the first row of {@code sql} (a count, a maximum); 0 when it has no row. */
  static long number(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }
}
