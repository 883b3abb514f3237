package org.dyad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.PloverType;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Ingested;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryStageTest {
  private static final String WIRE = "Russian Foreign Minister Sergei Lavrov met US Vice President Joseph Biden in "
      + "Munich on Saturday to talk about Syria, missile defence and the new arms treaty between the two powers.";

  @TempDir
  Path dir;

  private static StoryStage.Pending pending(String id, String text, String date, String precision) {
    Article a = new Article(id, id + ".txt", null, "T", "2013-02-05", "text", "Wire", List.of(), null, "en", text,
        "article", 0.9);
    Event e = Event.builder().id("e-" + id).articleId(id).outlet("Wire").published("2013-02-05")
        .sentence("Lavrov met Biden.").sentenceIndex(0).span(0, 17)
        .source(new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"))
        .target(new EventActor("Biden", "Joseph Biden", "USA", "GOV")).plover(PloverType.CONSULT).cameo("040")
        .intensity(1.0).status(EventStatus.OCCURRED).date(date).datePrecision(precision).confidence(0.8).build();
    RawDocument doc = new RawDocument(text, id + ".txt", RawDocument.Format.TEXT, id, null);
    return new StoryStage.Pending(new Pipeline.Result(doc, a, List.of(e), List.of(), null), "h-" + id, false);
  }

  private static List<StoryStage.Pending> articles() {
    return List.of(pending("a1", WIRE, "2013-02-02", "day"), pending("a2", "Unrelated words about a football "
        + "match played in the rain at Wembley last night before a small crowd.", "2013-02-01", "day"),
        pending("a3", WIRE + " Reuters", "2013-02-03", "day"), pending("a4", WIRE + " AP", "2013-02", "month"));
  }

  /** Links the articles in batches of {@code size} into a fresh store, as the ingest writer does. */
  private List<Ingested> linked(String name, int size) {
    List<Ingested> out = new ArrayList<>();
    try (Store store = Store.open(dir.resolve(name))) {
      StoryStage stage = StoryStage.continuing(store);
      List<StoryStage.Pending> all = articles();
      for (int i = 0; i < all.size(); i += size) {
        List<Ingested> batch = stage.link(all.subList(i, Math.min(all.size(), i + size)));
        store.add(batch);
        out.addAll(batch);
      }
    }
    return out;
  }

  private static List<String> stories(List<Ingested> in) {
    return in.stream().map(i -> i.events().get(0).storyId() + " " + i.duplicateOf()).toList();
  }

  @Test
  void storiesAndReprintsDoNotDependOnBatchBoundaries() {
    List<String> oneBatch = stories(linked("one", 4));
    assertEquals(oneBatch, stories(linked("single", 1)));
    assertEquals(oneBatch, stories(linked("pairs", 2)));
  }

  @Test
  void linksToStoriesAndReprintsStoredByEarlierBatches() {
    List<Ingested> in = linked("single", 1);
    String first = in.get(0).events().get(0).storyId();
    // a day apart, and a day inside the month: one story; the edited copies reprint the first
    assertEquals(List.of(first, first, first), List.of(in.get(2).events().get(0).storyId(),
        in.get(3).events().get(0).storyId(), in.get(0).events().get(0).storyId()));
    assertEquals("a1", in.get(2).duplicateOf());
    assertEquals(null, in.get(1).duplicateOf());
  }
}
