package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The periods the writer counts ahead ({@link SeriesPeriods}) give the series the events query gives, batch by batch
 * as stories grow across batches, after a rerun of the same input, and for a store written before the table existed;
 * the fixture is {@code series-batches.tsv}.
 */
class SeriesPeriodsTest {
  private static final List<String> DYADS = List.of("USA:RUS", "RUS:USA", "CHN:USA", "USA:SYR");

  @TempDir
  Path dir;

  @Test
  void countsWhatTheEventsQueryCountsBatchByBatch() throws Exception {
    Map<Integer, List<Ingested>> batches = batches();
    for (List<Ingested> batch : batches.values()) {
      add(batch);
      assertSameAsReference();
      assertSameAsRecounted();
    }
    try (Store store = Store.openReading(dir)) {
      DyadSeries s = store.series(EventQuery.all().withDyad("USA:RUS"), Period.MONTH);
      // s1 moved to January with its earlier event; s4 is dated by year only; March has s8 and one event alone
      assertEquals(List.of("2013-01-01:1:3", "2013-02-01:2:4", "2013-03-01:2:2", "2013-04-01:3:4"),
          s.points().stream().map(p -> p.start() + ":" + p.stories() + ":" + p.mentions()).toList());
      assertEquals(Map.of("AID", 2), s.points().get(1).byType(), "s2 is AID (twice) over CONSULT (once)");
      DyadSeries byYear = store.series(EventQuery.all().withDyad("RUS:USA"), Period.YEAR);
      assertEquals(9, byYear.points().get(0).stories(), "s1-s8 and the event alone; e11 has no date");
    }
  }

  @Test
  void aRerunOfTheSameInputCountsNothingTwice() throws Exception {
    Map<Integer, List<Ingested>> batches = batches();
    batches.values().forEach(this::add);
    List<String> before = rows();
    batches.values().forEach(this::add);
    add(batches.get(2));
    assertEquals(before, rows());
    assertSameAsReference();
  }

  @Test
  void aStoreWithoutTheTableGetsItCountedAtOpen() throws Exception {
    Map<Integer, List<Ingested>> batches = batches();
    add(batches.get(1));
    add(batches.get(2));
    List<String> counted = rows();
    try (Connection db = connect(false); Statement s = db.createStatement()) {
      s.execute("DROP TABLE " + SeriesPeriods.TABLE); // as a store written before the table existed
      s.execute("DELETE FROM meta WHERE key LIKE 'series_periods%'");
    }
    try (Connection db = connect(true)) {
      assertFalse(SeriesPeriods.current(db));
    }
    assertSameAsReference(); // opened for reading: counted at open
    assertEquals(counted, rows());
    add(batches.get(3));
    assertSameAsReference();
    assertSameAsRecounted();
  }

  @Test
  void aTableAnOlderDyadLeftBehindIsCountedAgain() throws Exception {
    Map<Integer, List<Ingested>> batches = batches();
    add(batches.get(1));
    try (Connection db = connect(false); Statement s = db.createStatement()) {
      // an older dyad adds events and their copy, but does not count their periods
      s.execute("INSERT INTO events SELECT * REPLACE ('x' || id AS id, 'x' || story_id AS story_id) FROM events");
      s.execute("INSERT INTO " + SeriesEvents.TABLE + " SELECT * REPLACE (seq + 100 AS seq, 'x' || id AS id, "
          + "'x' || story_id AS story_id) FROM " + SeriesEvents.TABLE);
    }
    try (Connection db = connect(true)) {
      assertFalse(SeriesPeriods.current(db));
    }
    assertSameAsReference();
    try (Connection db = connect(true)) {
      assertTrue(SeriesPeriods.current(db));
    }
  }

  private void add(List<Ingested> batch) {
    try (Store store = Store.open(dir)) {
      store.add(batch);
    }
  }

  /** Every dyad of the fixture, both ways and one way, with and without sectors and filters, by every period. */
  private void assertSameAsReference() throws SQLException {
    List<EventQuery> queries = new ArrayList<>();
    for (String dyad : DYADS) {
      EventQuery q = EventQuery.all().withDyad(dyad);
      queries.add(q);
      queries.add(q.withTypeAndStatus(null, "occurred"));
      // s1 moves from January to February without its first event, or keeps its first day and loses its last
      // ones; s5 loses its last one (a filter that left s2 one CONSULT and one AID would tie its types, which
      // the events query left to DuckDB)
      queries.add(q.withPeriod(LocalDate.of(2013, 2, 1), null));
      queries.add(q.withPeriod(LocalDate.of(2013, 2, 5), null));
      queries.add(q.withPeriod(null, LocalDate.of(2013, 2, 4)));
      queries.add(q.withPeriod(LocalDate.of(2013, 1, 30), LocalDate.of(2013, 4, 3)));
      queries.add(q.withPeriod(LocalDate.of(2013, 2, 18), LocalDate.of(2013, 2, 18)));
      queries.add(q.withPeriod(LocalDate.of(2014, 1, 1), null));
      queries.add(EventQuery.all().withDyad(dyad.replace(':', '>')));
    }
    queries.add(EventQuery.all().withDyad("USA/GOV:RUS"));
    Map<String, DyadSeries> expected = new LinkedHashMap<>();
    try (Connection db = connect(true)) {
      for (EventQuery q : queries) {
        for (Period by : Period.values()) {
          expected.put(q + " by " + by, SeriesEventsTest.reference(db, q, by));
        }
      }
    }
    try (Store store = Store.openReading(dir)) {
      for (EventQuery q : queries) {
        for (Period by : Period.values()) {
          assertEquals(expected.get(q + " by " + by), store.series(q, by), q + " by " + by);
        }
      }
    }
    try (Connection db = connect(true)) {
      assertTrue(SeriesPeriods.current(db), "the series were read from the periods counted ahead");
      for (String dyad : DYADS) {
        for (Period by : Period.values()) {
          // to the last bit: the stored doubles read back as they were counted
          EventQuery q = EventQuery.all().withDyad(dyad);
          assertEquals(SeriesQuery.read(db, q, by, SeriesQuery.precisions(by), List.of()),
              SeriesPeriods.series(db, q, by), dyad + " by " + by);
        }
      }
    }
  }

  /** The table as kept batch by batch is the table counted anew from the whole copy. */
  private void assertSameAsRecounted() throws SQLException {
    List<String> kept = rows();
    try (Connection db = connect(false); Statement s = db.createStatement()) {
      s.execute("DROP TABLE " + SeriesPeriods.TABLE);
      s.execute("DELETE FROM meta WHERE key LIKE 'series_periods%'");
      SeriesPeriods.ensure(db, dir.resolve(EmbeddedStore.DB_FILE));
    }
    assertEquals(kept, rows());
  }

  private List<String> rows() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = connect(true); Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "SELECT p::VARCHAR FROM " + SeriesPeriods.TABLE + " p ORDER BY kind, lo_code, hi_code, period")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    assertFalse(out.isEmpty());
    return out;
  }

  private Connection connect(boolean readOnly) throws SQLException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EmbeddedStore.DB_FILE).toAbsolutePath(), p);
  }

  /** The fixture's batches, each a list of articles with their events, in file order. */
  private static Map<Integer, List<Ingested>> batches() throws IOException {
    Map<Integer, Map<String, List<Event>>> events = new TreeMap<>();
    try (InputStream in = SeriesPeriodsTest.class.getResourceAsStream("series-batches.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        events.computeIfAbsent(Integer.parseInt(f[0]), k -> new LinkedHashMap<>())
            .computeIfAbsent(f[1], k -> new ArrayList<>()).add(event(f));
      }
    }
    Map<Integer, List<Ingested>> out = new TreeMap<>();
    events.forEach((batch, articles) -> articles.forEach((id, list) -> out.computeIfAbsent(batch,
        k -> new ArrayList<>()).add(new Ingested(new Article(id, id + ".txt", null, "T", "2013-04-30", "text",
        "Wire", List.of(), null, "en", "Text of " + id + ".", "article", 0.9), "h" + id, list))));
    return out;
  }

  private static Event event(String[] f) {
    return Event.builder().id(f[2]).articleId(f[1]).outlet("Wire").published("2013-04-30")
        .sentence("Sentence of " + f[2] + ".").sentenceIndex(0).span(0, 10).source(actor(f[3])).target(actor(f[4]))
        .plover(f[5]).cameo("040").intensity(Double.parseDouble(f[6])).status(f[7])
        .date(f[8].equals("-") ? null : f[8]).datePrecision(f[9]).storyId(f[10].equals("-") ? null : f[10])
        .confidence(Double.parseDouble(f[11])).build();
  }

  private static EventActor actor(String side) {
    String code = EventQuery.code(side);
    return new EventActor(code, code, code, EventQuery.sector(side));
  }
}
