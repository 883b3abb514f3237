package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * One DuckDB database file, open only while in use. DuckDB lets either one process write a file or any number of
 * processes read it, never both at once; so the writer holds the file for a batch and readers for a query, and
 * whoever finds it locked tries again for a while ({@code patience}) before giving up with a plain message.
 *
 * <p>Users in one process share one open database (each on a connection of its own) and the file is released as
 * soon as the last of them is done.
 */
final class DuckFile implements AutoCloseable {
  private static final Pattern HOLDER = Pattern.compile("\\(PID (\\d+)\\)");
  private static final long MAX_PAUSE_MILLIS = 250;
  private final String url;
  private final Path file;
  private final boolean readOnly;
  private volatile Duration patience;
  private final boolean fixed;
  private Connection root;
  private int users;
  private boolean closed;

  /** Work on a connection of its own; it is closed afterwards. */
  interface Work<T> {
    T run(Connection db) throws SQLException;
  }

  private DuckFile(String url, Path file, boolean readOnly, Duration patience, Connection root) {
    this.url = url;
    this.file = file;
    this.readOnly = readOnly;
    this.patience = patience;
    this.root = root;
    this.fixed = root != null;
  }

  /** The file, opened for reading and writing when used. */
  static DuckFile writing(Path file, Duration patience) {
    return new DuckFile("jdbc:duckdb:" + file.toAbsolutePath(), file, false, patience, null);
  }

  /** The file, opened read-only when used. */
  static DuckFile reading(Path file, Duration patience) {
    return new DuckFile("jdbc:duckdb:" + file.toAbsolutePath(), file, true, patience, null);
  }

  /** A database already open (an in-memory one), kept open until {@link #close()}. */
  static DuckFile fixed(Connection db, Path label) {
    return new DuckFile(null, label, true, Duration.ZERO, db);
  }

  /** From now on, waits up to {@code patience} for a lock that another process holds. */
  void patience(Duration patience) {
    this.patience = patience;
  }

  /** Runs {@code work} on a connection of its own, opening the file first if no one else has it open. */
  <T> T use(Work<T> work) throws SQLException {
    Connection db = acquire();
    try {
      return work.run(db);
    } finally {
      try {
        db.close();
      } finally {
        release();
      }
    }
  }

  /** Keeps the file open while {@code body} runs, so its several uses see one snapshot and open it once. */
  <T> T holding(java.util.function.Supplier<T> body) {
    try {
      acquire().close();
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file, e);
    }
    try {
      return body.get();
    } finally {
      release();
    }
  }

  private synchronized Connection acquire() throws SQLException {
    if (closed) {
      throw new SQLException("the store was closed");
    }
    if (root == null) {
      root = connect();
    }
    users++;
    try {
      return ((DuckDBConnection) root).duplicate();
    } catch (SQLException | RuntimeException e) {
      release();
      throw e;
    }
  }

  private synchronized void release() {
    users--;
    if (users == 0 && !fixed && root != null) {
      Connection db = root;
      root = null;
      try {
        db.close();
      } catch (SQLException ignored) {
        // the next use opens the file anew and reports what is wrong with it
      }
    }
  }

  private Connection connect() throws SQLException {
    long deadline = System.nanoTime() + patience.toNanos();
    long pause = 10;
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    while (true) {
      try {
        return DriverManager.getConnection(url, props);
      } catch (SQLException e) {
        if (!isLockConflict(e)) {
          throw e;
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new StoreBusyException(busyMessage(e));
        }
        sleep(pause);
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      }
    }
  }

  private String busyMessage(SQLException e) {
    Matcher m = HOLDER.matcher(String.valueOf(e.getMessage()));
    String holder = m.find() ? "another process (PID " + m.group(1) + ")" : "another process";
    Path store = file.getParent() == null ? file.toAbsolutePath().getParent() : file.getParent();
    return "store " + store + " is locked by " + holder + " that keeps its database "
        + "open; stop that process (or wait until it is done) and run the command again";
  }

  static boolean isLockConflict(SQLException e) {
    String m = e.getMessage();
    return m != null && m.contains("Could not set lock");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (root != null) {
      try {
        root.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close " + file, e);
      } finally {
        root = null;
        users = 0;
      }
    }
  }

  @Override
  public String toString() {
    return (readOnly ? "reading " : "writing ") + file;
  }
}
