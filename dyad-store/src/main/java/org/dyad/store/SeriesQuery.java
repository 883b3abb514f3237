package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.DatePrecision;
import org.dyad.model.PloverType;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.dyad.series.PeriodCount;
import org.dyad.series.SeriesBuilder;
import org.dyad.series.StoryRow;

/**
 * A dyad series read from {@link SeriesEvents}: stories and periods are counted in DuckDB, which hands over one row
 * per period with the few stories at its ends that the turning points read, not every story of the dyad.
 *
 * <p>A story is what the events query made of it: its matching events grouped by story (the event alone without
 * one), its day the earliest, its type the most frequent, its intensity the mean, its summary the sentence of its
 * most confident event. Of two types as frequent in a story, the first stored is taken; of two events as confident,
 * the one DuckDB meets first, as the events query did.
 */
final class SeriesQuery {
  private static final int EDGE = SeriesBuilder.EDGE_STORIES;

  private SeriesQuery() {}

  /** One period as counted: its figures and its edge stories in story order. */
  record Counted(PeriodCount count, List<StoryRow> edges) {}

  /** The series of the events matching {@code q} with a date at one of {@code precisions}, by {@code by}. */
  static DyadSeries series(Connection db, EventQuery q, Period by, List<String> precisions) throws SQLException {
    List<Counted> counted = precisions.equals(precisions(by)) && SeriesPeriods.answers(q) && SeriesPeriods.current(db)
        ? SeriesPeriods.series(db, q, by) : read(db, q, by, precisions, List.of());
    List<PeriodCount> periods = new ArrayList<>();
    List<StoryRow> edges = new ArrayList<>();
    for (Counted c : counted) {
      periods.add(c.count());
      edges.addAll(c.edges());
    }
    return withSentences(db, SeriesBuilder.build(q.dyad(), by, periods, edges));
  }

  /**
   * The periods counted from the events matching {@code q}; with {@code within} (date ranges, each from a first day
   * or null to an end day excluded), only the periods that start within one, from the stories with an event
   * starting within one.
   */
  static List<Counted> read(Connection db, EventQuery q, Period by, List<String> precisions,
      List<LocalDate[]> within) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = EventTable.where(q, params) + " AND date_precision IN ("
        + String.join(", ", Collections.nCopies(precisions.size(), "?")) + ")";
    params.addAll(precisions);
    String e = "SELECT coalesce(story_id, id) AS story, seq, date_start, plover, intensity, id, confidence FROM "
        + SeriesEvents.TABLE + " WHERE " + dyadRows(q) + where;
    String sql = within.isEmpty() ? "WITH e AS (" + e + "), " + periods("", by, "", false) + " FROM g ORDER BY period"
        : "WITH f AS (" + e + "), e AS (SELECT * FROM f WHERE story IN (SELECT story FROM f WHERE "
            + within(within, "date_start") + ")), " + periods("", by, "", false) + " FROM g WHERE "
            + within(within, "period") + " ORDER BY period";
    try (PreparedStatement ps = Sql.prepare(db, sql, params); ResultSet r = ps.executeQuery()) {
      return counted(r);
    }
  }

  /** The periods of rows with the columns the CTEs of {@link #periods} give. */
  private static List<Counted> counted(ResultSet r) throws SQLException {
    List<Counted> out = new ArrayList<>();
    while (r.next()) {
      List<StoryRow> edges = new ArrayList<>();
      for (Object story : (Object[]) r.getArray("edges").getArray()) {
        edges.add(story(((org.duckdb.DuckDBStruct) story).getMap()));
      }
      out.add(new Counted(period(r), edges));
    }
    return out;
  }

  // dates as literals: LocalDate prints only digits and dashes
  private static String within(List<LocalDate[]> ranges, String column) {
    List<String> any = new ArrayList<>();
    for (LocalDate[] range : ranges) {
      any.add("(" + (range[0] == null ? "TRUE" : column + " >= DATE '" + range[0] + "'") + " AND " + column
          + " < DATE '" + range[1] + "')");
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /**
   * The CTEs that count a CTE {@code e} of events (story, seq, date_start, plover, intensity, id, confidence and
   * the columns named in {@code keys}, each followed by a comma) into periods: they end in a select of one row
   * per key and period with its story count, mentions, stories per type, the intensities summed in story order
   * and its edge stories; the caller appends FROM and what follows. {@code only}, when not empty, is a join
   * that keeps the periods wanted (of CTE p, by the keys and period); with {@code spans}, each period gets the
   * latest start of its stories' events.
   */
  static String periods(String keys, Period by, String only, boolean spans) {
    String storySpan = spans ? ", max(date_start) AS last_start" : "";
    String periodSpan = spans ? ", max(last_start) AS last_start" : "";
    StringBuilder types = new StringBuilder();
    for (String t : PloverType.contracts()) {
      types.append(", count(*) FILTER (WHERE plover = '").append(t).append("') AS \"").append(t).append('"');
    }
    return "s AS (SELECT " + keys + "story, min(date_start) AS day, min(plover) AS lowest, max(plover) AS highest, "
        // in the order stored, as a scan of one dyad's rows meets them: a sum of doubles depends on its order, and
        // the writer's joins meet them in another
        + "avg(intensity ORDER BY seq) AS intensity, count(*) AS mentions, arg_max(id, confidence) AS summary" + storySpan + " FROM e GROUP BY "
        + keys + "story), "
        // mode() is costly a group and the linker's stories have one type, their lowest; for others (hand-made or
        // generated tables), the most frequent type, of equals the first stored
        + "m AS (SELECT " + keys + "story, first(plover ORDER BY n DESC, first_seq) AS plover FROM (SELECT " + keys
        + "story, plover, count(*) AS n, min(seq) AS first_seq FROM e JOIN (SELECT " + keys + "story FROM s WHERE "
        + "lowest <> highest) USING (" + keys + "story) GROUP BY " + keys + "story, plover) GROUP BY " + keys
        + "story), "
        + "p AS (SELECT " + keys + "story, s.day, coalesce(m.plover, s.lowest) AS plover, s.intensity, s.mentions, "
        + "s.summary" + (spans ? ", s.last_start" : "") + ", date_trunc('" + by.name().toLowerCase() + "', s.day)::DATE AS period FROM s LEFT JOIN m USING ("
        + keys + "story)), "
        + "g AS (SELECT " + keys + "period, count(*) AS stories, sum(mentions) AS mentions, "
        + "sum(intensity ORDER BY day, story) AS sum_intensity" + types + periodSpan + ", list(struct_pack(story := story, "
        + "day := day, plover := plover, intensity := intensity, mentions := mentions, summary := summary) "
        + "ORDER BY day, story) AS all_stories FROM p" + only + " GROUP BY " + keys + "period) "
        + "SELECT * EXCLUDE (all_stories), CASE WHEN stories <= " + 2 * EDGE + " THEN all_stories ELSE "
        + "list_concat(list_slice(all_stories, 1, " + EDGE + "), list_slice(all_stories, stories - " + (EDGE - 1)
        + ", stories)) END AS edges";
  }

  /** The date precisions a series by {@code by} counts: a date coarser than the period fits no one bucket. */
  static List<String> precisions(Period by) {
    DatePrecision coarsest = switch (by) {
      case WEEK -> DatePrecision.WEEK;
      case MONTH, QUARTER -> DatePrecision.MONTH;
      case YEAR -> DatePrecision.YEAR;
    };
    // the precisions are declared finest first
    return DatePrecision.contracts().subList(0, coarsest.ordinal() + 1);
  }

  // the dyad's two codes as literals, so that DuckDB prunes row groups by them (as parameters the same query took
  // a quarter longer in a scratch run);
  // EventQuery lets only letters, digits and one slash through
  private static String dyadRows(EventQuery q) {
    if (q.source() == null) {
      return "";
    }
    String a = EventQuery.code(q.source());
    String b = EventQuery.code(q.target());
    String lo = a.compareTo(b) <= 0 ? a : b;
    String hi = a.compareTo(b) <= 0 ? b : a;
    return "lo_code = '" + lo + "' AND hi_code = '" + hi + "' AND ";
  }

  static PeriodCount period(ResultSet r) throws SQLException {
    double sum = r.getDouble("sum_intensity");
    Map<String, Integer> byType = new HashMap<>();
    for (String t : PloverType.contracts()) {
      int n = r.getInt(t);
      if (n > 0) {
        byType.put(t, n);
      }
    }
    return new PeriodCount(r.getObject("period", LocalDate.class), r.getInt("stories"), r.getInt("mentions"), sum,
        byType);
  }

  // the summary is the event id until withSentences reads the sentences the turning points show
  private static StoryRow story(Map<String, Object> s) {
    return new StoryRow((String) s.get("story"), LocalDate.parse(String.valueOf(s.get("day"))),
        (String) s.get("plover"), ((Number) s.get("intensity")).doubleValue(), ((Number) s.get("mentions")).intValue(),
        (String) s.get("summary"));
  }

  /** The series with each turning point's summaries, event ids so far, replaced by those events' sentences. */
  private static DyadSeries withSentences(Connection db, DyadSeries s) throws SQLException {
    if (s.turningPoints().isEmpty()) {
      return s;
    }
    List<DyadSeries.TurningPoint> turns = new ArrayList<>();
    // one lookup an id: DuckDB answers "id = ?" from the key's index, "id IN (...)" by a scan
    try (PreparedStatement ps = db.prepareStatement("SELECT sentence FROM events WHERE id = ?")) {
      for (DyadSeries.TurningPoint t : s.turningPoints()) {
        List<String> sentences = new ArrayList<>();
        for (String id : t.summaries()) {
          ps.setString(1, id);
          try (ResultSet r = ps.executeQuery()) {
            sentences.add(r.next() ? r.getString(1) : null);
          }
        }
        turns.add(new DyadSeries.TurningPoint(t.period(), t.date(), t.kind(), t.meanBefore(), t.meanAfter(),
            t.shareBefore(), t.shareAfter(), t.t(), t.stories(), sentences));
      }
    }
    return new DyadSeries(s.dyad(), s.by(), s.points(), turns);
  }
}
