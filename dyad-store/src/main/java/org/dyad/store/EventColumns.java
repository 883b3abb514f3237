package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDates;
import org.dyad.model.Location;

/**
 * The flat columns of an event, listed once: the store's {@code events} table, the Parquet export and the CSV
 * export all take their names, types and values from here (actors and location flattened, the date's first and
 * last day added for range queries).
 */
public final class EventColumns {
  /**
   * One column.
   *
   * @param name the column name, snake_case as the contract's JSON
   * @param sql its DuckDB type and constraints in the events table
   * @param value its value for one event (null when the event has none)
   */
  public record Column(String name, String sql, Function<Event, Object> value) {}

  /** Every column, in the events table's order. */
  public static final List<Column> ALL = List.of(
      column("id", "VARCHAR PRIMARY KEY", Event::id),
      column("article_id", "VARCHAR NOT NULL", Event::articleId),
      column("outlet", "VARCHAR", Event::outlet),
      column("published", "VARCHAR", Event::published),
      column("sentence", "VARCHAR NOT NULL", Event::sentence),
      column("sentence_index", "INTEGER", Event::sentenceIndex),
      column("span_start", "INTEGER", e -> e.span().get(0)),
      column("span_end", "INTEGER", e -> e.span().get(1)),
      column("source_text", "VARCHAR", e -> actor(e.source(), EventActor::text)),
      column("source_name", "VARCHAR", e -> actor(e.source(), EventActor::name)),
      column("source_code", "VARCHAR", e -> actor(e.source(), EventActor::code)),
      column("source_sector", "VARCHAR", e -> actor(e.source(), EventActor::sector)),
      column("target_text", "VARCHAR", e -> actor(e.target(), EventActor::text)),
      column("target_name", "VARCHAR", e -> actor(e.target(), EventActor::name)),
      column("target_code", "VARCHAR", e -> actor(e.target(), EventActor::code)),
      column("target_sector", "VARCHAR", e -> actor(e.target(), EventActor::sector)),
      column("plover", "VARCHAR NOT NULL", Event::plover),
      column("mode", "VARCHAR", Event::mode),
      column("cameo", "VARCHAR", Event::cameo),
      column("intensity", "DOUBLE", Event::intensity),
      column("status", "VARCHAR NOT NULL", Event::status),
      column("date", "VARCHAR", Event::date),
      column("date_precision", "VARCHAR", Event::datePrecision),
      column("date_text", "VARCHAR", Event::dateText),
      column("date_start", "DATE", e -> day(e, 0)),
      column("date_end", "DATE", e -> day(e, 1)),
      column("location_name", "VARCHAR", e -> location(e, Location::name)),
      column("location_code", "VARCHAR", e -> location(e, Location::code)),
      column("confidence", "DOUBLE", Event::confidence),
      column("story_id", "VARCHAR", Event::storyId));

  private static final Map<String, Column> BY_NAME = byName();

  private EventColumns() {}

  /** The column names, comma-separated, in table order: what an INSERT or SELECT lists. */
  public static String names() {
    return String.join(", ", ALL.stream().map(Column::name).toList());
  }

  /** The CREATE TABLE statement of the store's {@code events} table. */
  public static String ddl() {
    return "CREATE TABLE IF NOT EXISTS events ("
        + String.join(", ", ALL.stream().map(c -> c.name() + " " + c.sql()).toList()) + ")";
  }

  /** The values of every column for one event, in table order. */
  public static Object[] row(Event e) {
    Object[] row = new Object[ALL.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = ALL.get(i).value().apply(e);
    }
    return row;
  }

  /** The named columns, in the order given; an unknown name fails (a typo in a format's column list). */
  public static List<Column> named(List<String> names) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      Column c = BY_NAME.get(n);
      if (c == null) {
        throw new IllegalArgumentException("no event column '" + n + "'");
      }
      out.add(c);
    }
    return List.copyOf(out);
  }

  private static Column column(String name, String sql, Function<Event, Object> value) {
    return new Column(name, sql, value);
  }

  private static Map<String, Column> byName() {
    Map<String, Column> m = new LinkedHashMap<>();
    ALL.forEach(c -> m.put(c.name(), c));
    return m;
  }

  private static Object actor(EventActor a, Function<EventActor, String> field) {
    return a == null ? null : field.apply(a);
  }

  private static Object location(Event e, Function<Location, String> field) {
    return e.location() == null ? null : field.apply(e.location());
  }

  // the first (0) or last (1) day the event's date covers, for queries by period
  private static LocalDate day(Event e, int end) {
    LocalDate[] range = EventDates.range(e.date());
    return range == null ? null : range[end];
  }
}
