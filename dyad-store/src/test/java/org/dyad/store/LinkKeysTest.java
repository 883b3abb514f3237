package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkKeysTest {
  @TempDir
  Path dir;

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, "T", "2013-02-05", "text", "Wire", List.of(), null, "en",
        "Lavrov met Biden in Munich.", "article", 0.9);
  }

  private static Event event(String id, String article, String date, String precision, String story) {
    return Event.builder().id(id).articleId(article).outlet("Wire").published("2013-02-05")
        .sentence("Lavrov met Biden.").sentenceIndex(0).span(0, 17)
        .source(new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"))
        .target(new EventActor("Biden", "Joseph Biden", "USA", "GOV")).plover(PloverType.CONSULT).cameo("040")
        .intensity(1.0).status(EventStatus.OCCURRED).date(date).datePrecision(precision).confidence(0.8)
        .storyId(story).build();
  }

  private static Ingested ingested(String article, int[] sig, List<String> bands, Event... events) {
    List<String> keys = java.util.Arrays.stream(events).map(e -> "RUS|USA|CONSULT").toList();
    return new Ingested(article(article), "h-" + article, List.of(events), null, List.of(),
        new LinkKeys(sig, bands, keys));
  }

  @Test
  void storyMembersComeBackInLinkingOrderAcrossBatchesWithinTheDateWindow() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested("a2", null, List.of(), event("e9", "a2", "2013-02-03", "day", "s-late"))));
      store.add(List.of(ingested("a1", null, List.of(), event("e1", "a1", "2013-02-02", "day", "s-early"),
          event("e2", "a1", "2010-01-01", "day", "s-old"), event("e3", "a1", null, "unknown", "s-undated"))));
      List<String> stories = store.storyMembers(List.of("RUS|USA|CONSULT"), List.of("a9"),
          LocalDate.parse("2013-02-01"), LocalDate.parse("2013-02-04")).stream().map(LinkKeys.Member::storyId).toList();
      // stored first comes first, though dated later; the 2010 event and the other article's undated one are out
      assertEquals(List.of("s-late", "s-early"), stories);
      assertEquals(4, store.eventCount());
      List<String> undated = store.storyMembers(List.of("RUS|USA|CONSULT"), List.of("a1"), null, null).stream()
          .map(LinkKeys.Member::storyId).toList();
      assertEquals(List.of("s-early", "s-old", "s-undated"), undated);
    }
  }

  @Test
  void signaturesAreFoundByAnySharedBandAndSurviveReopening() {
    int[] sig = {1, 2, 3};
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested("a1", sig, List.of("0:1,", "1:2,"))));
      store.add(List.of(ingested("a2", new int[] {4, 5, 6}, List.of("0:4,", "1:5,"))));
    }
    try (Store store = Store.open(dir)) {
      List<LinkKeys.Signature> found = store.signatures(List.of("1:2,", "9:9,"));
      assertEquals(List.of("a1"), found.stream().map(LinkKeys.Signature::articleId).toList());
      assertArrayEquals(sig, found.get(0).signature());
      assertEquals(List.of("a1", "a2"), store.signatures(List.of("0:4,", "0:1,")).stream()
          .map(LinkKeys.Signature::articleId).toList());
    }
  }

  @Test
  void aStoreWrittenWithoutLinkKeysGetsThemFromItsArticlesAndEventsWhenAWriterOpensIt() throws Exception {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested("a1", null, List.of(), event("e1", "a1", "2013-02-02", "day", "s-1"))));
    }
    // what an older dyad left: articles and events, no keys, no mark
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("dyad.duckdb"));
        java.sql.Statement st = db.createStatement()) {
      st.execute("DELETE FROM story_keys");
      st.execute("DELETE FROM reprint_signatures");
      st.execute("DELETE FROM reprint_bands");
      st.execute("DELETE FROM meta WHERE key = 'link_keys'");
    }
    try (Store store = Store.open(dir)) {
      List<String> stories = store.storyMembers(List.of(org.dyad.stories.StoryLinker.key("RUS", "USA", "CONSULT", "e1")),
          List.of(), LocalDate.parse("2013-02-01"), LocalDate.parse("2013-02-03")).stream()
          .map(LinkKeys.Member::storyId).toList();
      assertEquals(List.of("s-1"), stories);
    }
  }
}
