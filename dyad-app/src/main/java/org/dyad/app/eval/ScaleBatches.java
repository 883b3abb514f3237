package org.dyad.app.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.store.Ingested;
import org.dyad.store.Store;

/**
 * The writer's cost a batch on a large store: batches of generated articles added through {@link Store#add}, as an
 * ingest adds them, each timed. Half of a batch's events are in stories that run on across batches (as a wire's
 * stories do over a month), the other half in stories of their own; all are dated within one month.
 */
final class ScaleBatches {
  static final int ARTICLES = 256;
  static final int EVENTS = 10;
  // the stories that run on across batches, each of one dyad and type, as the linker makes them
  private static final int RUNNING = 400;
  private static final LocalDate MONTH = LocalDate.of(2019, 6, 1);

  private ScaleBatches() {}

  /** Adds {@code batches} batches to the store in {@code dir}, printing the p50 and maximum seconds a batch. */
  static Map<String, Object> append(Path dir, int batches, String[] actors, String[] types, StringBuilder text) {
    double[] seconds = new double[batches];
    long events;
    Random random = new Random(21);
    try (Store store = Store.open(dir)) {
      for (int b = 0; b < batches; b++) {
        List<Ingested> batch = batch(b, random, actors, types);
        long start = System.nanoTime();
        store.add(batch);
        seconds[b] = (System.nanoTime() - start) / 1e9;
      }
      events = store.eventCount();
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("batches", batches);
    f.put("batch_s", Arrays.stream(seconds).boxed().toList());
    f.put("batch_p50_s", sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2]);
    f.put("batch_max_s", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    f.put("events_after", events);
    text.append(String.format(Locale.ROOT, "  writer: %d batches of %d articles x %d events   p50 %7.2f s   max %7.2f s%n",
        batches, ARTICLES, EVENTS, f.get("batch_p50_s"), f.get("batch_max_s")));
    text.append(String.format(Locale.ROOT, "  store after the batches: %d events%n", events));
    return f;
  }

  private static List<Ingested> batch(int b, Random random, String[] actors, String[] types) {
    List<Ingested> out = new ArrayList<>();
    for (int a = 0; a < ARTICLES; a++) {
      String id = "batch" + b + "-" + a;
      List<Event> events = new ArrayList<>();
      for (int e = 0; e < EVENTS; e++) {
        // even events in a running story, odd ones in a story of this batch's
        int story = e % 2 == 0 ? random.nextInt(RUNNING) : RUNNING + random.nextInt(1 << 30);
        String storyId = e % 2 == 0 ? "run" + story : id + "-s" + e;
        events.add(event(id, id + "-e" + e, storyId, story, MONTH.plusDays(random.nextInt(30)), actors, types));
      }
      out.add(new Ingested(new Article(id, id + ".txt", null, "Batch " + b, MONTH.toString(), "generated", "Wire",
          List.of(), null, "en", "Generated article " + id + ".", "article", 0.9), "hash-" + id, events));
    }
    return out;
  }

  // the story's number picks its two actors and its type
  private static Event event(String article, String id, String storyId, int story, LocalDate day, String[] actors,
      String[] types) {
    String source = actors[story % actors.length];
    String target = actors[(story / actors.length + 1 + story) % actors.length];
    String type = types[(story / 7) % types.length];
    return Event.builder().id(id).articleId(article).outlet("Wire").published(MONTH.toString())
        .sentence("Generated event " + id + ".").sentenceIndex(0).span(0, 10)
        .source(new EventActor(source, source, source, null)).target(new EventActor(target, target, target, null))
        .plover(type).cameo("040").intensity(type.equals("ASSAULT") ? -10.0 : 1.5 + (story % 5) / 10.0)
        .status("occurred").date(day.toString()).datePrecision("day").storyId(storyId).confidence(0.5 + (story % 50) / 100.0)
        .build();
  }
}
