package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The series' copy of the events it counts (occurred, dated), in the columns it reads, kept clustered by dyad: rows
 * sorted by the dyad's two codes let DuckDB skip, by the row groups' min/max, every row group of other dyads, so a
 * series reads its dyad's rows and not the whole events table.
 *
 * <p>The writer appends each batch's rows in the batch's transaction (a crash keeps the events and their copy
 * together, or neither); appended rows are unsorted, and once they outgrow a quarter of the sorted ones (and a few
 * row groups) the batch rewrites the table sorted. {@code seq} is the order the events were stored in, kept within
 * a dyad, so the series meets a dyad's events in the order it met them in the events table.
 */
final class SeriesEvents {
  static final String TABLE = "series_events";
  // one DuckDB row group is 122,880 rows; fewer unsorted ones than this are read faster than rewritten
  private static final long MIN_UNSORTED = 4 * 122_880;
  private static final String SORTED_KEY = "series_sorted_rows";
  private static final String KEPT = "status = 'occurred' AND date_start IS NOT NULL";
  private static final int CHUNK = 2000;

  private SeriesEvents() {}

  /** The CREATE TABLE statement of the table, or of a table of the same columns named {@code name}. */
  static String ddl(String name) {
    return "CREATE TABLE IF NOT EXISTS " + name + " (lo_code VARCHAR, hi_code VARCHAR, seq BIGINT NOT NULL, "
        + "id VARCHAR NOT NULL, story_id VARCHAR, source_code VARCHAR, source_sector VARCHAR, target_code VARCHAR, "
        + "target_sector VARCHAR, plover VARCHAR NOT NULL, intensity DOUBLE, status VARCHAR NOT NULL, "
        + "date_precision VARCHAR, date_start DATE NOT NULL, date_end DATE, confidence DOUBLE)";
  }

  /**
   * A view of the same rows over events that have no copy (the Parquet store): unsorted, and without seq, so ties
   * are broken as DuckDB meets the rows (numbering them would stop DuckDB filtering the files by dyad).
   */
  static String view() {
    return "CREATE VIEW " + TABLE + " AS SELECT " + columns("NULL::BIGINT") + " FROM events WHERE " + KEPT;
  }

  // the dyad's two codes, lower first, whichever acts on which; seq as given
  private static String columns(String seq) {
    return "least(source_code, target_code) AS lo_code, greatest(source_code, target_code) AS hi_code, " + seq
        + " AS seq, id, story_id, source_code, source_sector, target_code, target_sector, plover, intensity, "
        + "status, date_precision, date_start, date_end, confidence";
  }

  /** True when the copy holds a row for each event it should (false for a store an older dyad wrote). */
  static boolean current(Connection db) throws SQLException {
    if (Sql.number(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + TABLE + "'") == 0) {
      return false;
    }
    return Sql.number(db, "SELECT count(*) FROM " + TABLE) == Sql.number(db, "SELECT count(*) FROM events WHERE " + KEPT);
  }

  /**
   * Fills the copy anew, sorted, when it is not current: a store written before it existed, or by an older dyad
   * since; says so on stderr, since a large store takes a while.
   */
  static void ensure(Connection db, Path file) throws SQLException {
    if (current(db)) {
      return;
    }
    System.err.println("store " + file.toAbsolutePath().getParent() + ": building the series table (once, for "
        + "events stored by an older dyad)");
    Sql.transaction(db, s -> {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
      s.execute(ddl(TABLE));
      s.execute("INSERT INTO " + TABLE + " SELECT " + columns("row_number() OVER (ORDER BY rowid) - 1")
          + " FROM events WHERE " + KEPT + " ORDER BY lo_code, hi_code, seq");
      markSorted(db);
    });
  }

  /**
   * Copies the kept events of newly stored articles, in the order they were stored, inside the batch's
   * transaction; then rewrites the table sorted if the unsorted rows have grown too many.
   */
  static void insert(Connection db, Collection<String> articleIds) throws SQLException {
    for (List<String> chunk : chunks(List.copyOf(articleIds))) {
      // uncommitted rows have row ids of their own, but in the order they were appended
      String sql = "INSERT INTO " + TABLE + " SELECT " + columns("(SELECT coalesce(max(seq), -1) FROM " + TABLE
          + ") + row_number() OVER (ORDER BY rowid)") + " FROM events WHERE " + KEPT + " AND article_id IN ("
          + "?" + ", ?".repeat(chunk.size() - 1) + ") ORDER BY seq";
      try (PreparedStatement ps = Sql.prepare(db, sql, chunk)) {
        ps.execute();
      }
    }
    long rows = Sql.number(db, "SELECT count(*) FROM " + TABLE);
    long sorted = Sql.number(db, "SELECT coalesce(max(value::BIGINT), 0) FROM meta WHERE key = '" + SORTED_KEY + "'");
    if (rows - sorted > Math.max(MIN_UNSORTED, sorted / 4)) {
      sort(db);
    }
  }

  /** The seq of the last row copied, -1 for none. */
  static long lastSeq(Connection db) throws SQLException {
    return Sql.number(db, "SELECT coalesce(max(seq), -1) FROM " + TABLE);
  }

  /** Rewrites the table sorted by dyad, each dyad's rows in the order they were stored (inside the caller's transaction). */
  static void sort(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS series_sorted");
      s.execute(ddl("series_sorted"));
      s.execute("INSERT INTO series_sorted SELECT * FROM " + TABLE + " ORDER BY lo_code, hi_code, seq");
      s.execute("DROP TABLE " + TABLE);
      s.execute("ALTER TABLE series_sorted RENAME TO " + TABLE);
    }
    markSorted(db);
  }

  private static void markSorted(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("INSERT OR REPLACE INTO meta SELECT '" + SORTED_KEY + "', count(*)::VARCHAR FROM " + TABLE);
    }
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return out;
  }
}
