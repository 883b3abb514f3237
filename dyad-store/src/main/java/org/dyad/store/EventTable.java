package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Location;

/** The events table: one row per coded event, actors and location flattened into columns. */
final class EventTable {
  static final String DDL = EventColumns.ddl();
  static final String COLUMNS = EventColumns.names();

  private EventTable() {}

  /**
   * Inserts the events; an event id already stored, or given twice, is left as first stored. The rows are appended
   * to a stage (dates as day numbers) and moved over with one {@code INSERT OR IGNORE}, in the order given.
   */
  static void insert(Connection db, Collection<Event> events) throws SQLException {
    try (Appends.Stage stage = new Appends.Stage(db, "dyad_stage_events", STAGE)) {
      for (Event e : events) {
        stage.rowOnce(e.id(), EventColumns.row(e));
      }
      stage.moveInto("INSERT OR IGNORE INTO events (" + COLUMNS + ")", STAGED);
    }
  }

  // the stage's columns: each event column's type without its constraints, a DATE as the INTEGER of its day
  private static final String STAGE = String.join(", ", EventColumns.ALL.stream()
      .map(c -> c.name() + " " + (date(c) ? "INTEGER" : c.sql().split(" ")[0])).toList());
  private static final String STAGED = String.join(", ", EventColumns.ALL.stream()
      .map(c -> date(c) ? Appends.day(c.name()) : c.name()).toList());

  private static boolean date(EventColumns.Column c) {
    return c.sql().split(" ")[0].equals("DATE");
  }

  /** The events matching {@code q}, ordered by date (unknown last), then article and sentence. */
  static List<Event> select(Connection db, EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT " + COLUMNS + " FROM events WHERE " + where(q, params)
        + " ORDER BY date_start NULLS LAST, article_id, sentence_index, id LIMIT ? OFFSET ?";
    params.add(q.limit());
    params.add(q.offset());
    try (PreparedStatement ps = Sql.prepare(db, sql, params)) {
      List<Event> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(event(r));
        }
      }
      return out;
    }
  }

  /** The events read from one article, in sentence order. */
  static List<Event> ofArticle(Connection db, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS
        + " FROM events WHERE article_id = ? ORDER BY sentence_index, id")) {
      ps.setString(1, articleId);
      List<Event> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(event(r));
        }
      }
      return out;
    }
  }

  /** The SQL condition for {@code q}, its values appended to {@code params}; shared by other event queries. */
  static String where(EventQuery q, List<Object> params) {
    StringBuilder w = new StringBuilder("TRUE");
    if (q.source() != null) {
      w.append(" AND (").append(pair(q.source(), q.target(), params));
      if (!q.directed()) {
        w.append(" OR ").append(pair(q.target(), q.source(), params));
      }
      w.append(")");
    }
    if (q.from() != null) {
      w.append(" AND date_end >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      w.append(" AND date_start <= ?");
      params.add(q.to());
    }
    condition(w, params, "plover", q.type());
    condition(w, params, "status", q.status());
    return w.toString();
  }

  /** "source is A and target is B", each side a code with an optional sector ("SYR/REB"). */
  private static String pair(String a, String b, List<Object> params) {
    return "(" + side("source", a, params) + " AND " + side("target", b, params) + ")";
  }

  private static String side(String column, String side, List<Object> params) {
    params.add(EventQuery.code(side));
    String sector = EventQuery.sector(side);
    if (sector == null) {
      return column + "_code = ?";
    }
    params.add(sector);
    return "(" + column + "_code = ? AND " + column + "_sector = ?)";
  }

  /** Every actor code of the stored events and every pair of two codes, with their event counts, most first. */
  static ActorCounts actorCounts(Connection db) throws SQLException {
    List<ActorCounts.Actor> actors = new ArrayList<>();
    List<ActorCounts.Dyad> dyads = new ArrayList<>();
    try (java.sql.Statement s = db.createStatement()) {
      // an event between two actors of one state counts once for that state
      try (ResultSet r = s.executeQuery("SELECT code, count(DISTINCT id) FROM (SELECT id, source_code AS code "
          + "FROM events UNION ALL SELECT id, target_code FROM events) WHERE code IS NOT NULL "
          + "GROUP BY 1 ORDER BY 2 DESC, 1")) {
        while (r.next()) {
          actors.add(new ActorCounts.Actor(r.getString(1), r.getLong(2)));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT least(source_code, target_code), greatest(source_code, target_code), "
          + "count(*) FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
          + "AND source_code <> target_code GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")) {
        while (r.next()) {
          dyads.add(new ActorCounts.Dyad(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
    }
    return new ActorCounts(actors, dyads);
  }

  private static void condition(StringBuilder w, List<Object> params, String column, String value) {
    if (value != null) {
      w.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }

  private static Event event(ResultSet r) throws SQLException {
    return Event.builder().id(r.getString("id")).articleId(r.getString("article_id")).outlet(r.getString("outlet"))
        .published(r.getString("published")).sentence(r.getString("sentence"))
        .sentenceIndex(r.getInt("sentence_index")).span(r.getInt("span_start"), r.getInt("span_end"))
        .source(actor(r, "source")).target(actor(r, "target")).plover(r.getString("plover"))
        .mode(r.getString("mode")).cameo(r.getString("cameo")).intensity(r.getDouble("intensity"))
        .status(r.getString("status")).date(r.getString("date")).datePrecision(r.getString("date_precision"))
        .dateText(r.getString("date_text")).location(location(r)).confidence(r.getDouble("confidence"))
        .storyId(r.getString("story_id")).build();
  }

  private static EventActor actor(ResultSet r, String side) throws SQLException {
    String text = r.getString(side + "_text");
    return text == null ? null : new EventActor(text, r.getString(side + "_name"), r.getString(side + "_code"),
        r.getString(side + "_sector"));
  }

  private static Location location(ResultSet r) throws SQLException {
    String name = r.getString("location_name");
    return name == null ? null : new Location(name, r.getString("location_code"));
  }
}
