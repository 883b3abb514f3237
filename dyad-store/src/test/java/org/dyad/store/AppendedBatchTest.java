package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch written through the appender: the values the row-by-row statements wrote, and all or nothing. */
class AppendedBatchTest {
  @TempDir Path dir;

  @Test
  void valuesAreStoredAsTheRowByRowStatementsStoredThem() throws Exception {
    Path file = dir.resolve("t.duckdb");
    LocalDateTime before = LocalDateTime.now();
    try (Tables tables = Tables.open(file, Duration.ZERO, Duration.ZERO)) {
      Article a = new Article("a", "a.txt", "http://x", "T", "2009-04-27T10:00:00Z", "meta", "Wire",
          List.of("Ann", "", "Bob"), null, "en", "text \uD83D\uDE00 é", "article", 0.1 + 0.2, true, "Title");
      Article b = new Article("b", "b.txt", null, null, "April 2009", "text", null, List.of(), null, "en", "text",
          null, 0);
      Event dated = event("a-e1", "a", "2009-04", "month").intensity(0.1 + 0.2).build();
      Event undated = event("a-e2", "a", null, "unknown").source(null).build();
      Event again = event("a-e1", "a", "2009-05-01", "day").build(); // a repeated id: the first one stays
      Quote q = new Quote("a-q1", "a", "we will", "direct", List.of(3, 10), 0, null, null, null);
      tables.add(List.of(new Ingested(a, "ha", List.of(dated, undated, again), "b", List.of(q)),
          new Ingested(b, "hb")));
    }
    LocalDateTime after = LocalDateTime.now();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT id, authors::VARCHAR, published_date, confidence, reflowed, "
          + "duplicate_of, ingested_at, text FROM articles ORDER BY rowid")) {
        assertTrue(r.next());
        assertEquals("[Ann, Bob]", r.getString(2));
        assertEquals("2009-04-27", r.getString(3));
        assertEquals(0.1 + 0.2, r.getDouble(4));
        assertTrue(r.getBoolean(5));
        assertEquals("b", r.getString(6));
        LocalDateTime at = r.getTimestamp(7).toLocalDateTime();
        assertFalse(at.isBefore(before.withNano(0)) || at.isAfter(after), at + " not in " + before + ".." + after);
        assertEquals("text \uD83D\uDE00 é", r.getString(8));
        assertTrue(r.next());
        assertEquals("[]", r.getString(2));
        assertNull(r.getString(3));
        assertNull(r.getString(6));
        assertFalse(r.next());
      }
      try (ResultSet r = s.executeQuery("SELECT id, date, date_start, date_end, intensity, source_code, "
          + "typeof(date_start) FROM events ORDER BY rowid")) {
        assertTrue(r.next());
        assertEquals("2009-04", r.getString(2));
        assertEquals("2009-04-01", r.getString(3));
        assertEquals("2009-04-30", r.getString(4));
        assertEquals(0.1 + 0.2, r.getDouble(5));
        assertEquals("DATE", r.getString(7));
        assertTrue(r.next());
        assertEquals("a-e2", r.getString(1));
        assertNull(r.getString(3));
        assertNull(r.getString(6));
        assertFalse(r.next());
      }
      try (ResultSet r = s.executeQuery("SELECT speaker_text, speaker_start, speaker_end, span_end FROM quotes")) {
        assertTrue(r.next());
        assertNull(r.getObject(1));
        assertNull(r.getObject(2));
        assertNull(r.getObject(3));
        assertEquals(10, r.getInt(4));
      }
      assertEquals(2, Sql.number(c, "SELECT count(*) FROM sources WHERE ingested_at IS NOT NULL"));
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'dyad_stage_%'"));
    }
  }

  @Test
  void aBatchFailingAtItsLastTableLeavesNothingAndTheNextGoesIn() throws Exception {
    Path file = dir.resolve("t.duckdb");
    // the band table made stricter than the store's, so that the batch fails at the last table it writes
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE reprint_bands (band VARCHAR NOT NULL CHECK (band <> 'boom'), article_id VARCHAR NOT NULL)");
    }
    try (Tables tables = Tables.open(file, Duration.ZERO, Duration.ZERO)) {
      assertThrows(StoreException.class, () -> tables.add(List.of(linked("a", "boom"))));
      assertFalse(tables.hasArticle("a"));
      assertFalse(tables.hasSource("h-a"));
      tables.add(List.of(linked("b", "fine")));
      assertTrue(tables.hasArticle("b"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      for (String t : List.of("articles", "sources", "events", "quotes", "story_keys", "reprint_signatures",
          "reprint_bands", "series_events")) {
        assertEquals(0, Sql.number(c, "SELECT count(*) FROM " + t + " WHERE " + (t.equals("articles") ? "id"
            : t.equals("events") || t.equals("series_events") ? "id" : t.equals("story_keys") ? "event_id"
            : "article_id") + " LIKE 'a%'"), t);
        assertEquals(1, Sql.number(c, "SELECT CAST(count(*) > 0 AS INTEGER) FROM " + t), t + " holds the second batch");
      }
    }
  }

  private static Ingested linked(String id, String band) {
    Article a = new Article(id, id + ".txt", null, null, "2009-04-27", null, null, List.of(), null, "en", "text",
        null, 0);
    Event e = event(id + "-e1", id, "2009-04-27", "day").storyId(id + "-s").build();
    Quote q = new Quote(id + "-q1", id, "we will", "direct", List.of(0, 4), 0, null, null, null);
    return new Ingested(a, "h-" + id, List.of(e), null, List.of(q),
        new LinkKeys(new int[] {1, 2}, List.of(band), List.of("key-" + id)));
  }

  private static Event.Builder event(String id, String article, String date, String precision) {
    return Event.builder().id(id).articleId(article).sentence("S.").sentenceIndex(0).span(0, 2)
        .source(new EventActor("US", "United States", "USA", null)).target(new EventActor("M", "Mexico", "MEX", null))
        .plover("CONSULT").status("occurred").date(date).datePrecision(precision).confidence(0.5);
  }
}
