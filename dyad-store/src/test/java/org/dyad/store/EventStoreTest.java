package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.dyad.model.PloverType;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir
  Path dir;

  private static Event event(String id, String src, String tgt, String plover, String status, String date,
      String precision, String story) {
    return Event.builder().id(id).articleId("a1").outlet("Baltic Wire").published("2013-02-05")
        .sentence("Lavrov met Biden.").sentenceIndex(0).span(0, 17)
        .source(new EventActor("Lavrov", "Sergei Lavrov", src, "GOV"))
        .target(new EventActor("Biden", "Joseph Biden", tgt, "GOV")).plover(plover).cameo("040").intensity(1.0)
        .status(status).date(date).datePrecision(precision).location(new Location("Munich", "DEU")).confidence(0.8)
        .storyId(story).build();
  }

  private static Article article() {
    return new Article("a1", "x.txt", null, "T", "2013-02-05", "text", "Baltic Wire", List.of(), null, "en",
        "Lavrov met Biden.", "article", 0.9);
  }

  private Store storeWith(Event... events) {
    Store store = Store.open(dir);
    store.add(List.of(new Ingested(article(), "h1", List.of(events))));
    return store;
  }

  @Test
  void eventsRoundTripWithEveryField() {
    Event e = event("e1", "RUS", "USA", "CONSULT", "occurred", "2013-02-02", "day", "s1");
    try (Store store = storeWith(e)) {
      assertEquals(List.of(e), store.events(EventQuery.all()));
    }
  }

  @Test
  void dyadMatchesBothDirectionsUnlessDirected() {
    try (Store store = storeWith(event("e1", "RUS", "USA", "CONSULT", "occurred", "2013-02-02", "day", null),
        event("e2", "USA", "RUS", "ACCUSE", "occurred", "2013-02-03", "day", null),
        event("e3", "USA", "CHN", "ACCUSE", "occurred", "2013-02-03", "day", null))) {
      assertEquals(2, store.events(EventQuery.all().withDyad("USA:RUS")).size());
      assertEquals(List.of("e2"), store.events(EventQuery.all().withDyad("USA>RUS")).stream().map(Event::id).toList());
    }
  }

  /** Event "m": Syrian troops against Syrian rebels, an event inside one state. */
  private static Event troopsAgainstRebels() {
    return Event.builder().id("m").articleId("a1").outlet("Baltic Wire").published("2013-02-05")
        .sentence("Lavrov met Biden.").sentenceIndex(0).span(0, 17)
        .source(new EventActor("troops", "Syria", "SYR", "MIL"))
        .target(new EventActor("rebels", "Syria", "SYR", "REB")).plover(PloverType.ASSAULT).cameo("190")
        .intensity(-10.0).status(EventStatus.OCCURRED).date("2013-02-02").datePrecision(DatePrecision.DAY)
        .confidence(0.8).build();
  }

  @Test
  void aSideMayNameASectorForEventsInsideOneState() {
    Event army = troopsAgainstRebels();
    try (Store store = storeWith(army, event("g", "SYR", "USA", "ACCUSE", "occurred", "2013-02-03", "day", null))) {
      assertEquals(List.of("m"), ids(store, "SYR/MIL:SYR/REB"));
      assertEquals(List.of("m"), ids(store, "SYR/REB:SYR/MIL"));
      assertEquals(List.of(), ids(store, "SYR/REB>SYR/MIL"));
      assertEquals(List.of("g"), ids(store, "SYR/GOV:USA"));
      assertEquals(List.of("m"), ids(store, "SYR:SYR"));
      assertEquals(List.of(), ids(store, "SYR:USA/MIL"));
    }
    assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withDyad("SYR/REBELS:SYR"));
  }

  @Test
  void countsEveryActorAndEveryDyadOfTheStoredEventsMostFirst() {
    Event inside = troopsAgainstRebels();
    try (Store store = storeWith(event("e1", "RUS", "USA", "CONSULT", "occurred", "2013-02-02", "day", null),
        event("e2", "USA", "RUS", "ACCUSE", "occurred", "2013-02-03", "day", null),
        event("e3", "USA", "LBY", "ACCUSE", "occurred", "2013-02-03", "day", null), inside)) {
      ActorCounts counts = store.actorCounts();
      assertEquals(List.of(new ActorCounts.Actor("USA", 3), new ActorCounts.Actor("RUS", 2),
          new ActorCounts.Actor("LBY", 1), new ActorCounts.Actor("SYR", 1)), counts.actors());
      // one pair for both directions, its codes in alphabetical order; an event inside one state is no dyad
      assertEquals(List.of(new ActorCounts.Dyad("RUS", "USA", 2), new ActorCounts.Dyad("LBY", "USA", 1)),
          counts.dyads());
    }
  }

  private static List<String> ids(Store store, String dyad) {
    return store.events(EventQuery.all().withDyad(dyad)).stream().map(Event::id).sorted().toList();
  }

  @Test
  void periodFilterUsesTheWholeRangeOfCoarseDates() {
    try (Store store = storeWith(event("w", "RUS", "USA", "CONSULT", "occurred", "2012-W46", "week", null),
        event("m", "RUS", "USA", "CONSULT", "occurred", "2012-12", "month", null),
        event("u", "RUS", "USA", "CONSULT", "occurred", null, "unknown", null))) {
      EventQuery nov = EventQuery.all().withPeriod(LocalDate.parse("2012-11-15"), LocalDate.parse("2012-11-30"));
      assertEquals(List.of("w"), store.events(nov).stream().map(Event::id).toList());
      EventQuery dec = EventQuery.all().withPeriod(LocalDate.parse("2012-12-31"), null);
      assertEquals(List.of("m"), store.events(dec).stream().map(Event::id).toList());
      assertEquals(3, store.events(EventQuery.all()).size());
    }
  }

  @Test
  void typeAndStatusFilter() {
    try (Store store = storeWith(event("a", "RUS", "USA", "CONSULT", "occurred", "2013-02-02", "day", null),
        event("b", "RUS", "USA", "CONSULT", "hypothetical", "2013-02-02", "day", null))) {
      assertEquals(List.of("b"), store.events(EventQuery.all().withTypeAndStatus("CONSULT", "hypothetical"))
          .stream().map(Event::id).toList());
    }
  }

  @Test
  void seriesCountsOneStoryOnceAndLeavesOutEventsThatDidNotHappen() {
    try (Store store = storeWith(event("a", "RUS", "USA", "CONSULT", "occurred", "2013-02-02", "day", "s1"),
        event("b", "USA", "RUS", "CONSULT", "occurred", "2013-02-02", "day", "s1"),
        event("c", "USA", "RUS", "CONSULT", "planned", "2013-02-09", "day", "s2"))) {
      DyadSeries s = store.series(EventQuery.all().withDyad("USA:RUS"), Period.MONTH);
      assertEquals(1, s.points().size());
      assertEquals(1, s.points().get(0).stories());
      assertEquals(2, s.points().get(0).mentions());
    }
  }

  @Test
  void badQueriesNameTheParameter() {
    assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withDyad("USA-RUS"));
    assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withTypeAndStatus("MEET", null));
    assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withTypeAndStatus(null, "done"));
    assertThrows(IllegalArgumentException.class,
        () -> EventQuery.all().withPeriod(LocalDate.parse("2014-01-01"), LocalDate.parse("2013-01-01")));
  }
}
