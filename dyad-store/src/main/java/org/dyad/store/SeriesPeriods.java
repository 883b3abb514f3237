package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.PloverType;
import org.dyad.series.Period;
import org.dyad.series.StoryRow;

/**
 * The series counted ahead: one row per dyad (its two codes, lower first), period length and period, with what
 * {@link SeriesQuery} counts for that period (stories, mentions, stories per type, the intensities summed in story
 * order, the edge stories) from all of the dyad's rows in {@link SeriesEvents}, and the latest start of its stories'
 * events, which tells (with the period's start) whether a from/to filter leaves the period as it is.
 *
 * <p>The writer keeps it in the batch's transaction: the periods a batch can change are those that hold an event of
 * a story the batch added to (the story's first day, before and after, is one of them), and only those are counted
 * again, from the rows of the stories that have an event in them. A store without the table, or with one that an
 * older dyad left behind (its row count of the copy differs), gets it built at open.
 */
final class SeriesPeriods {
  static final String TABLE = "series_periods";
  // the copy's row count it was counted from, and what its columns were counted by
  private static final String ROWS_KEY = "series_periods_rows";
  private static final String FORM_KEY = "series_periods_form";
  private static final String DYADIC = "source_code IS NOT NULL AND target_code IS NOT NULL";
  private static final String TARGETS = "series_targets";

  private SeriesPeriods() {}

  /**
   * True when the table answers for the copy as it is now (false for a store an older dyad wrote); asks only the
   * meta table and the copy's row count, since a reader asks at every series (information_schema took 20-50 ms).
   */
  static boolean current(Connection db) throws SQLException {
    String rows = meta(db, ROWS_KEY);
    return rows != null && form().equals(meta(db, FORM_KEY))
        && rows.equals(String.valueOf(Sql.number(db, "SELECT count(*) FROM " + SeriesEvents.TABLE)));
  }

  /** True for the series this table answers: of two actors both ways, any sector, occurred events of any type. */
  static boolean answers(EventQuery q) {
    return q.source() != null && !q.directed() && EventQuery.sector(q.source()) == null
        && EventQuery.sector(q.target()) == null && q.type() == null
        && (q.status() == null || q.status().equals("occurred"));
  }

  /**
   * The periods of the series of {@code q} (one {@link #answers} takes), by {@code by}. Without from and to, the
   * rows as counted. With them, a row holds while its stories' events all pass the filter and no story moves into
   * it; the rest is counted from the events: everything up to the latest start of a story that begins before
   * {@code from} (a story that loses its first events to {@code from} moves later, but not beyond it) and the
   * periods with a story that goes on after {@code to} (it keeps its first day and loses its last events).
   */
  static List<SeriesQuery.Counted> series(Connection db, EventQuery q, Period by) throws SQLException {
    String a = EventQuery.code(q.source());
    String b = EventQuery.code(q.target());
    List<Object> key = List.of(a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a, kind(by));
    List<SeriesQuery.Counted> rows = new ArrayList<>();
    List<LocalDate> lastStarts = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(db, "SELECT * FROM " + TABLE + " WHERE lo_code = ? AND hi_code = ? AND "
        + "kind = ? ORDER BY period", key); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        rows.add(new SeriesQuery.Counted(SeriesQuery.period(r), edges(r.getString("edges"))));
        lastStarts.add(r.getObject("last_start", LocalDate.class));
      }
    }
    if (q.from() == null && q.to() == null) {
      return rows;
    }
    LocalDate head = head(q.from(), by, rows, lastStarts);
    List<LocalDate[]> recount = new ArrayList<>();
    if (head != null) {
      recount.add(new LocalDate[] {null, head});
    }
    List<SeriesQuery.Counted> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LocalDate start = rows.get(i).count().start();
      if ((head != null && start.isBefore(head)) || (q.to() != null && start.isAfter(q.to()))) {
        continue; // counted again, or every event starts after to
      }
      if (q.to() != null && lastStarts.get(i).isAfter(q.to())) {
        recount.add(new LocalDate[] {start, by.next(start)});
      } else {
        kept.add(rows.get(i));
      }
    }
    if (!recount.isEmpty()) {
      kept.addAll(SeriesQuery.read(db, q, by, SeriesQuery.precisions(by), recount));
      kept.sort(java.util.Comparator.comparing(c -> c.count().start()));
    }
    return kept;
  }

  // the end (excluded) of the periods from counts again: up to the latest start of a story beginning before it
  private static LocalDate head(LocalDate from, Period by, List<SeriesQuery.Counted> rows, List<LocalDate> lastStarts) {
    if (from == null) {
      return null;
    }
    LocalDate last = from;
    for (int i = 0; i < rows.size() && rows.get(i).count().start().isBefore(from); i++) {
      if (lastStarts.get(i).isAfter(last)) {
        last = lastStarts.get(i);
      }
    }
    return by.next(by.start(last));
  }

  /** Counts the table anew when it is not current, saying so on stderr, since a large store takes a while. */
  static void ensure(Connection db, Path file) throws SQLException {
    if (current(db)) {
      return;
    }
    if (Sql.number(db, "SELECT count(*) FROM " + SeriesEvents.TABLE) > 0) {
      System.err.println("store " + file.toAbsolutePath().getParent() + ": counting the series periods (once, for "
          + "events stored by an older dyad)");
    }
    Sql.transaction(db, s -> {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
      boolean first = true;
      for (Period by : Period.values()) {
        String rows = rows("WITH e AS (SELECT lo_code, hi_code, coalesce(story_id, id) AS story, seq, date_start, "
            + "plover, intensity, id, confidence FROM " + SeriesEvents.TABLE + " WHERE " + kept(by) + "), "
            + SeriesQuery.periods("lo_code, hi_code, ", by, "", true) + ", '" + kind(by) + "' AS kind FROM g");
        s.execute(first ? "CREATE TABLE " + TABLE + " AS " + rows : "INSERT INTO " + TABLE + " BY NAME " + rows);
        first = false;
      }
      mark(db);
    });
  }

  /**
   * Counts again, inside the batch's transaction, the periods that the copy's rows after {@code seq} (the batch's)
   * can have changed: those holding an event of a story the batch added to. Three reads of the copy, each into a
   * temporary table (DuckDB would read the copy again for every use of a CTE): the rows of those stories, the
   * stories with an event in the dyad's span of those periods, and all their rows; the periods are counted from
   * the last.
   */
  static void update(Connection db, long seq) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE series_touched AS SELECT x.lo_code, x.hi_code, x.date_start, "
          + "x.date_precision, x.source_code, x.target_code FROM " + SeriesEvents.TABLE + " x JOIN (SELECT DISTINCT lo_code, hi_code, "
          + "coalesce(story_id, id) AS story FROM " + SeriesEvents.TABLE + " WHERE seq > " + seq + " AND " + DYADIC
          + ") n ON x.lo_code = n.lo_code AND x.hi_code = n.hi_code AND coalesce(x.story_id, x.id) = n.story");
      List<String> targets = new ArrayList<>();
      for (Period by : Period.values()) {
        targets.add("SELECT DISTINCT '" + kind(by) + "' AS kind, lo_code, hi_code, " + period(by, "date_start")
            + " AS period FROM series_touched WHERE " + kept(by));
      }
      s.execute("CREATE OR REPLACE TEMP TABLE " + TARGETS + " AS " + String.join(" UNION ALL ", targets));
      // a story whose first day is in a target period has an event in its dyad's span of them (a year covers
      // the longest period)
      s.execute("CREATE OR REPLACE TEMP TABLE series_candidates AS SELECT DISTINCT x.lo_code, x.hi_code, "
          + "coalesce(x.story_id, x.id) AS story FROM " + SeriesEvents.TABLE + " x JOIN (SELECT lo_code, hi_code, "
          + "min(period) AS first, max(period) + INTERVAL 1 YEAR AS last FROM " + TARGETS + " GROUP BY ALL) t ON "
          + "x.lo_code = t.lo_code AND x.hi_code = t.hi_code AND x.date_start >= t.first AND x.date_start < t.last");
      s.execute("CREATE OR REPLACE TEMP TABLE series_rows AS SELECT x.lo_code, x.hi_code, coalesce(x.story_id, x.id) "
          + "AS story, x.seq, x.date_start, x.plover, x.intensity, x.id, x.confidence, x.source_code, "
          + "x.target_code, x.date_precision FROM " + SeriesEvents.TABLE + " x JOIN series_candidates c ON "
          + "x.lo_code = c.lo_code AND x.hi_code = c.hi_code AND coalesce(x.story_id, x.id) = c.story");
      for (Period by : Period.values()) {
        s.execute("DELETE FROM " + TABLE + " USING " + TARGETS + " t WHERE t.kind = '" + kind(by) + "' AND "
            + TABLE + ".kind = t.kind AND " + TABLE + ".lo_code = t.lo_code AND " + TABLE + ".hi_code = t.hi_code AND "
            + TABLE + ".period = t.period");
        s.execute("INSERT INTO " + TABLE + " BY NAME " + rows(recount(by)));
      }
      for (String temp : List.of("series_touched", TARGETS, "series_candidates", "series_rows")) {
        s.execute("DROP TABLE IF EXISTS " + temp);
      }
    }
    mark(db);
  }

  // the target periods of this length, from the rows of the stories with an event in one of them
  private static String recount(Period by) {
    String targets = "(SELECT lo_code, hi_code, period FROM " + TARGETS + " WHERE kind = '" + kind(by) + "')";
    return "WITH r AS (SELECT * FROM series_rows WHERE " + kept(by) + "), e AS (SELECT * FROM r WHERE (lo_code, "
        + "hi_code, story) IN (SELECT (lo_code, hi_code, story) FROM r JOIN " + targets + " t USING (lo_code, hi_code) "
        + "WHERE " + period(by, "r.date_start") + " = t.period)), " + SeriesQuery.periods("lo_code, hi_code, ", by,
        " JOIN " + targets + " USING (lo_code, hi_code, period)", true) + ", '" + kind(by) + "' AS kind FROM g";
  }

  /**
   * The table's rows from a select of the columns {@link SeriesQuery#periods} gives, the edge stories as one
   * text each ({@link #edges}: JDBC took ~20 ms for a series' lists of structs), in the order a series reads them,
   * so that a dyad's rows lie together and a reader opening the file reads few blocks.
   */
  private static String rows(String select) {
    return "SELECT * REPLACE (array_to_string(list_transform(edges, x -> concat(x.story, chr(31), x.day, chr(31), "
        + "x.plover, chr(31), x.intensity, chr(31), x.mentions, chr(31), coalesce(x.summary, ''))), chr(30)) AS edges) "
        + "FROM (" + select + ") ORDER BY kind, lo_code, hi_code, period";
  }

  // a row's edge stories: stories apart by chr(30), their fields by chr(31); DuckDB writes a double in the
  // shortest form that reads back as the same double (SeriesPeriodsTest checks it)
  private static List<StoryRow> edges(String text) {
    List<StoryRow> out = new ArrayList<>();
    for (String story : text.isEmpty() ? new String[0] : text.split("\u001e")) {
      String[] f = story.split("\u001f", -1);
      out.add(new StoryRow(f[0], LocalDate.parse(f[1]), f[2], Double.parseDouble(f[3]), Integer.parseInt(f[4]),
          f[5].isEmpty() ? null : f[5]));
    }
    return out;
  }

  // the rows a series by this period counts, of a dyad of two actors
  private static String kept(Period by) {
    List<String> precisions = SeriesQuery.precisions(by);
    return DYADIC + " AND date_precision IN ('" + String.join("', '", precisions) + "')";
  }

  private static String period(Period by, String day) {
    return "date_trunc('" + kind(by) + "', " + day + ")::DATE";
  }

  static String kind(Period by) {
    return by.name().toLowerCase();
  }

  // the columns depend on the PLOVER types counted
  private static String form() {
    return "3 " + String.join(",", PloverType.contracts());
  }

  private static void mark(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("INSERT OR REPLACE INTO meta SELECT '" + ROWS_KEY + "', count(*)::VARCHAR FROM " + SeriesEvents.TABLE);
      s.execute("INSERT OR REPLACE INTO meta VALUES ('" + FORM_KEY + "', '" + form() + "')");
    }
  }

  private static String meta(Connection db, String key) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "SELECT value FROM meta WHERE key = '" + key + "'")) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
