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

  /** The series of the events matching {@code q} with a date at one of {@code precisions}, by {@code by}. */
  static DyadSeries series(Connection db, EventQuery q, Period by, List<String> precisions) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = sql(q, by, precisions, params);
    List<PeriodCount> periods = new ArrayList<>();
    List<StoryRow> edges = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          periods.add(period(r));
          for (Object story : (Object[]) r.getArray("edges").getArray()) {
            edges.add(story(((org.duckdb.DuckDBStruct) story).getMap()));
          }
        }
      }
    }
    return withSentences(db, SeriesBuilder.build(q.dyad(), by, periods, edges));
  }

  private static String sql(EventQuery q, Period by, List<String> precisions, List<Object> params) {
    String where = EventTable.where(q, params) + " AND date_precision IN ("
        + String.join(", ", Collections.nCopies(precisions.size(), "?")) + ")";
    params.addAll(precisions);
    StringBuilder types = new StringBuilder();
    for (String t : PloverType.contracts()) {
      types.append(", count(*) FILTER (WHERE plover = '").append(t).append("') AS \"").append(t).append('"');
    }
    return "WITH e AS (SELECT coalesce(story_id, id) AS story, seq, date_start, plover, intensity, id, confidence FROM "
        + SeriesEvents.TABLE + " WHERE " + dyadRows(q) + where + "), "
        + "s AS (SELECT story, min(date_start) AS day, min(plover) AS lowest, max(plover) AS highest, "
        + "avg(intensity) AS intensity, count(*) AS mentions, arg_max(id, confidence) AS summary FROM e GROUP BY story), "
        // mode() is costly a group and the linker's stories have one type, their lowest; for others (hand-made or
        // generated tables), the most frequent type, of equals the first stored
        + "m AS (SELECT story, first(plover ORDER BY n DESC, first_seq) AS plover FROM (SELECT story, plover, "
        + "count(*) AS n, min(seq) AS first_seq FROM e WHERE story IN (SELECT story FROM s WHERE lowest <> highest) "
        + "GROUP BY story, plover) GROUP BY story), "
        + "p AS (SELECT s.story, s.day, coalesce(m.plover, s.lowest) AS plover, s.intensity, s.mentions, s.summary, "
        + "date_trunc('" + by.name().toLowerCase() + "', s.day)::DATE AS period FROM s LEFT JOIN m ON m.story = s.story), "
        + "g AS (SELECT period, count(*) AS stories, sum(mentions) AS mentions, "
        + "sum(intensity ORDER BY day, story) AS sum_intensity" + types + ", list(struct_pack(story := story, "
        + "day := day, plover := plover, intensity := intensity, mentions := mentions, summary := summary) "
        + "ORDER BY day, story) AS all_stories FROM p GROUP BY period) "
        + "SELECT * EXCLUDE (all_stories), CASE WHEN stories <= " + 2 * EDGE + " THEN all_stories ELSE list_concat(list_slice(all_stories, 1, "
        + EDGE + "), list_slice(all_stories, stories - " + (EDGE - 1) + ", stories)) END AS edges FROM g ORDER BY period";
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

  private static PeriodCount period(ResultSet r) throws SQLException {
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
