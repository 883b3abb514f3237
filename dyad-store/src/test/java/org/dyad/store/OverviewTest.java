package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.util.BadInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewTest {
  @TempDir
  Path dir;
  private final List<Event> events = new ArrayList<>();

  /**
   * RUS–USA turns from cooperation to conflict in June 2013 (two reports of one January story count once);
   * GBR–USA stays cooperative but moves up in April; CHN–USA is cooperative throughout, one story undated.
   */
  @BeforeEach
  void corpus() {
    add("RUS", "USA", "CONSULT", 1.0, "occurred", "2013-01-10", "s1");
    add("USA", "RUS", "CONSULT", 1.0, "occurred", "2013-01-11", "s1");
    add("RUS", "USA", "AGREE", 4.0, "occurred", "2013-02-05", null);
    add("USA", "RUS", "ACCUSE", -2.0, "occurred", "2013-06-03", null);
    add("USA", "RUS", "SANCTION", -8.0, "occurred", "2013-07", null);
    add("RUS", "USA", "THREATEN", -4.0, "occurred", "2013-08-20", null);
    add("RUS", "USA", "CONSULT", 1.0, "planned", "2013-09-01", null);
    add("GBR", "USA", "AGREE", 4.0, "occurred", "2013-01-02", null);
    add("USA", "GBR", "AGREE", 4.0, "occurred", "2013-01-03", null);
    add("USA", "GBR", "ACCUSE", -2.0, "occurred", "2013-01-04", null);
    add("GBR", "USA", "AGREE", 4.0, "occurred", "2013-04-09", null);
    add("CHN", "USA", "AGREE", 4.0, "occurred", "2013-01-15", null);
    add("USA", "CHN", "CONSULT", 1.0, "occurred", "2013-03-15", null);
    add("CHN", "USA", "AID", 7.0, "occurred", "2013-05-15", null);
    add("CHN", "USA", "AGREE", 4.0, "occurred", null, null);
    add("USA", "USA", "COERCE", -5.0, "occurred", "2013-01-15", null); // inside one state: no dyad
  }

  private void add(String source, String target, String plover, double intensity, String status, String date,
      String story) {
    String precision = date == null ? "unknown" : date.length() == 7 ? "month" : "day";
    events.add(Event.builder().id("e" + events.size()).articleId("a1").outlet("Wire").published("2013-09-02")
        .sentence("A sentence.").sentenceIndex(events.size()).span(0, 11)
        .source(new EventActor(source, null, source, "GOV")).target(new EventActor(target, null, target, "GOV"))
        .plover(plover).cameo("040").intensity(intensity).status(status).date(date).datePrecision(precision)
        .confidence(0.8).storyId(story).build());
  }

  private Store store() {
    Store store = Store.open(dir);
    store.add(List.of(new Ingested(new Article("a1", "a.txt", null, "T", "2013-09-02", "text", "Wire", List.of(),
        null, "en", "A sentence.", "article", 0.9), "h1", List.copyOf(events))));
    return store;
  }

  @Test
  void listsDyadsBusiestFirstWithTheCountsOfThePickers() {
    try (Store store = store()) {
      List<DyadSummary> all = store.overview(OverviewQuery.all());
      assertEquals(List.of("RUS:USA", "CHN:USA", "GBR:USA"), all.stream().map(DyadSummary::dyad).toList());
      assertEquals(store.actorCounts().dyads().stream().map(ActorCounts.Dyad::events).toList(),
          all.stream().map(DyadSummary::events).toList());
      assertEquals(List.of("RUS:USA"), store.overview(OverviewQuery.all().top(1)).stream().map(DyadSummary::dyad)
          .toList());
    }
  }

  @Test
  void balanceCountsOccurredStoriesByQuadClassOnce() {
    try (Store store = store()) {
      DyadSummary rus = store.overview(OverviewQuery.all()).get(0);
      assertEquals(new DyadSummary("RUS", "USA", 7, 4, 3, LocalDate.parse("2013-09-01"), 5, 2, 3, -0.2,
          (1.0 + 4 - 2 - 8 - 4) / 5, rus.turn()), rus);
    }
  }

  @Test
  void theLastTurnIsWhereTheSmoothedBalanceChangedSign() {
    try (Store store = store()) {
      DyadSummary rus = store.overview(OverviewQuery.all()).get(0);
      assertEquals(new DyadSummary.Turn(LocalDate.parse("2013-06-01"), "freeze", "sign", 1.0, -1.0), rus.turn());
    }
  }

  @Test
  void withoutAChangeOfSignTheTurnIsTheLargestMove() {
    try (Store store = store()) {
      DyadSummary gbr = store.overview(OverviewQuery.all()).get(2);
      assertEquals(new DyadSummary.Turn(LocalDate.parse("2013-04-01"), "thaw", "move", 0.333, 1.0), gbr.turn());
    }
  }

  @Test
  void aBalanceThatNeverMovedHasNoTurnAndUndatedStoriesStillCount() {
    try (Store store = store()) {
      DyadSummary chn = store.overview(OverviewQuery.all()).get(1);
      assertEquals(4, chn.stories());
      assertEquals(1.0, chn.balance());
      assertNull(chn.turn());
    }
  }

  @Test
  void aPeriodKeepsOnlyItsEvents() {
    try (Store store = store()) {
      List<DyadSummary> summer = store.overview(OverviewQuery.all().withPeriod(LocalDate.parse("2013-06-01"), null));
      assertEquals(List.of("RUS:USA"), summer.stream().map(DyadSummary::dyad).toList());
      assertEquals(4, summer.get(0).events());
      assertEquals(-1.0, summer.get(0).balance());
      assertNull(summer.get(0).turn(), "a balance of -1 every month never moved");
    }
  }

  @Test
  void anActorsRelationsAreSeenFromItsSide() {
    try (Store store = store()) {
      List<DyadSummary> usa = store.overview(OverviewQuery.all().withActor("USA"));
      assertEquals(List.of("USA", "USA", "USA"), usa.stream().map(DyadSummary::a).toList());
      assertEquals(List.of("RUS", "CHN", "GBR"), usa.stream().map(DyadSummary::b).toList());
      assertEquals(List.of(3L, 1L, 2L), usa.stream().map(DyadSummary::aToB).toList());
      assertEquals("RUS:USA", usa.get(0).dyad());
      assertEquals(List.of("GBR"), store.overview(OverviewQuery.all().withActor("GBR")).stream()
          .map(DyadSummary::a).toList());
    }
  }

  @Test
  void sumsUpAHundredThousandEventsInOneQuery() throws Exception {
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = db.createStatement()) {
      s.execute(EventTable.DDL);
      // 100,000 events in about 780 dyads of 40 actors over ten years, types cycling through the 16 PLOVER types
      s.execute("INSERT INTO events (id, article_id, sentence, source_code, target_code, plover, intensity, status, "
          + "date_start, date_end, date_precision, story_id) SELECT 'e' || i, 'a' || (i // 10), 's', "
          + "'A' || (i % 40), 'A' || ((i // 40) % 40), (['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', "
          + "'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', "
          + "'COERCE', 'ASSAULT'])[1 + i % 16], 1.0, 'occurred', DATE '2010-01-01' + (i % 3650)::INTEGER, "
          + "DATE '2010-01-01' + (i % 3650)::INTEGER, 'day', 's' || (i // 3) FROM range(100000) t(i)");
      List<DyadSummary> top = OverviewTable.select(db, OverviewQuery.all().top(50));
      assertEquals(50, top.size());
      assertEquals(100_000L, OverviewTable.select(db, OverviewQuery.all()).stream().mapToLong(DyadSummary::events)
          .sum() + selfEvents(s), "every event between two actors is in one dyad");
    }
  }

  private static long selfEvents(java.sql.Statement s) throws java.sql.SQLException {
    try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE source_code = target_code")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void refusesABadActorCodeNamingIt() {
    BadInputException e = assertThrows(BadInputException.class, () -> OverviewQuery.all().withActor("usa!"));
    assertEquals("actor must be an actor code like USA or NATO, got 'usa!'", e.getMessage());
  }
}
