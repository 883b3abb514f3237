package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.model.PloverType;

/**
 * The corpus overview in one DuckDB query: per dyad its event counts, the cooperation–conflict balance of its
 * stories and the last turning point of its smoothed monthly balance (docs/overview.md defines each figure).
 */
final class OverviewTable {
  // the smoothed balance of a month pools the stories of that month and the two before it
  private static final int SMOOTHING_MONTHS = 3;

  private static final String SQL = """
      WITH quad(plover, cooperative) AS (VALUES %s),
      ev AS (
        SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b, source_code, id,
          coalesce(story_id, id) AS story, plover, intensity, status, date_start, date_precision
        FROM events
        WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code AND %s),
      counts AS (
        SELECT a, b, count(*) AS events, count(*) FILTER (WHERE source_code = a) AS a_to_b,
          count(*) FILTER (WHERE source_code = b) AS b_to_a, max(date_start) AS last_date
        FROM ev GROUP BY a, b),
      stories AS (
        -- a story is placed in a month only by its dates of month precision or finer, as the monthly series does
        SELECT a, b, story, mode(plover) AS plover, avg(intensity) AS intensity,
          min(date_start) FILTER (WHERE date_precision IN ('day', 'week', 'month')) AS day
        FROM ev WHERE status = 'occurred' GROUP BY a, b, story),
      scored AS (
        SELECT s.*, CASE WHEN q.cooperative THEN 1 ELSE -1 END AS side FROM stories s JOIN quad q USING (plover)),
      balance AS (
        SELECT a, b, count(*) AS stories, count(*) FILTER (WHERE side = 1) AS cooperation,
          count(*) FILTER (WHERE side = -1) AS conflict, round(avg(side), 3) AS balance,
          round(avg(intensity), 3) AS mean_intensity
        FROM scored GROUP BY a, b),
      monthly AS (
        SELECT a, b, date_trunc('month', day)::DATE AS month, sum(side) AS net, count(*) AS n
        FROM scored WHERE day IS NOT NULL GROUP BY a, b, month),
      smoothed AS (
        SELECT a, b, month, sum(net) OVER w / sum(n) OVER w AS bal_after
        FROM monthly
        WINDOW w AS (PARTITION BY a, b ORDER BY month
          RANGE BETWEEN INTERVAL %d MONTH PRECEDING AND CURRENT ROW)),
      moves AS (
        SELECT a, b, month, bal_after, lag(bal_after) OVER (PARTITION BY a, b ORDER BY month) AS bal_before
        FROM smoothed),
      turns AS (
        -- the latest change of sign; failing one, the largest move (the latest of equal moves)
        SELECT *, sign(bal_after) <> sign(bal_before) AS crossed,
          row_number() OVER (PARTITION BY a, b ORDER BY sign(bal_after) <> sign(bal_before) DESC,
            CASE WHEN sign(bal_after) <> sign(bal_before) THEN month END DESC NULLS LAST,
            abs(bal_after - bal_before) DESC, month DESC) AS pick
        FROM moves WHERE bal_before IS NOT NULL AND bal_after <> bal_before)
      SELECT c.a, c.b, c.events, c.a_to_b, c.b_to_a, c.last_date, coalesce(s.stories, 0), coalesce(s.cooperation, 0),
        coalesce(s.conflict, 0), s.balance, s.mean_intensity, t.month, t.crossed, round(t.bal_before, 3),
        round(t.bal_after, 3)
      FROM counts c LEFT JOIN balance s ON s.a = c.a AND s.b = c.b
        LEFT JOIN turns t ON t.a = c.a AND t.b = c.b AND t.pick = 1
      ORDER BY c.events DESC, c.a, c.b
      LIMIT ?""";

  private OverviewTable() {}

  /** The dyads of {@code q}, most events first; the actor's own side first when {@code q} names one. */
  static List<DyadSummary> select(Connection db, OverviewQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    List<PloverType> types = List.of(PloverType.values());
    for (PloverType t : types) {
      params.add(t.contract());
      params.add(t.quad().cooperative());
    }
    String where = EventTable.where(EventQuery.all().withPeriod(q.from(), q.to()), params);
    if (q.actor() != null) {
      where += " AND (source_code = ? OR target_code = ?)";
      params.add(q.actor());
      params.add(q.actor());
    }
    params.add(q.limit());
    String sql = String.format(SQL, String.join(", ", Collections.nCopies(types.size(), "(?, ?)")), where,
        SMOOTHING_MONTHS - 1);
    try (PreparedStatement ps = Sql.prepare(db, sql, params)) {
      List<DyadSummary> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          DyadSummary d = summary(r);
          out.add(q.actor() == null ? d : d.facing(q.actor()));
        }
      }
      return out;
    }
  }

  private static DyadSummary summary(ResultSet r) throws SQLException {
    return new DyadSummary(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
        r.getObject(6, LocalDate.class), r.getLong(7), r.getLong(8), r.getLong(9), number(r, 10), number(r, 11),
        turn(r));
  }

  private static DyadSummary.Turn turn(ResultSet r) throws SQLException {
    LocalDate month = r.getObject(12, LocalDate.class);
    if (month == null) {
      return null;
    }
    double before = r.getDouble(14);
    double after = r.getDouble(15);
    return new DyadSummary.Turn(month, after > before ? "thaw" : "freeze", r.getBoolean(13) ? "sign" : "move",
        before, after);
  }

  private static Double number(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }
}
