package org.dyad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.eval.EventsEval;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval events DATA}: hand-coded events of a folder like events-reuters, ingested as one corpus. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Event coding against hand-coded gold: core recall, precision and anticipated-as-occurred.",
        "Ingest DATA/articles.jsonl as one corpus into a fresh store, then score core recall (nested: from the "
            + "cue's sentence, + actors, + type, + status, + date), precision of dyadic events and "
            + "planned/hypothetical events reported as occurred (DATA/README.md)."})
final class EvalEvents extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA", description = "a folder with articles.jsonl and gold.jsonl")
  Path data;

  @Option(names = "--store", paramLabel = "DIR",
      description = "ingest into DIR and keep it, reusing it when it exists (default: a temporary store)")
  Path store;

  @Option(names = "--threads", paramLabel = "N", description = "ingest threads (default: number of cores)")
  Integer threads;

  @Option(names = "--list", description = "also print every core miss, every false dyadic event and every planned or "
      + "hypothetical event reported as occurred, with its sentence")
  boolean list;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    EventsEval.Result r = run(folder(data), store, n, dictionaries.load(System.err));
    System.out.println("events: " + data);
    System.out.print(r.table());
    if (list) {
      System.out.println("\ncore events missed (" + r.misses().size() + "):");
      r.misses().forEach(m -> System.out.println("  " + m.line()));
      System.out.println("\nfalse dyadic events (" + r.falseEvents().size() + "):");
      r.falseEvents().forEach(f -> System.out.println("  " + f));
      System.out.println("\nplanned or hypothetical events reported as occurred (" + r.asOccurred().size() + "):");
      r.asOccurred().forEach(f -> System.out.println("  " + f));
    }
    writeJson(r.toMap());
    return 0;
  }

  /** Ingests the folder's articles (into {@code store}, or a temporary store when null) and scores their events. */
  static EventsEval.Result run(Path data, Path store, int threads) throws IOException, InterruptedException {
    return run(data, store, threads, Dictionaries.NONE);
  }

  /** As above, ingesting with the user's dictionaries (a reused {@code store} keeps the events it has). */
  static EventsEval.Result run(Path data, Path store, int threads, Dictionaries user)
      throws IOException, InterruptedException {
    EventsEval eval = EventsEval.load(data);
    Map<String, List<Event>> byArticle = events(data.resolve("articles.jsonl"), store, threads, user);
    return eval.score(id -> byArticle.getOrDefault(id, List.of()));
  }

  /** The events of every article of the file, by the gold's article id (the last segment of the article's url). */
  private static Map<String, List<Event>> events(Path articles, Path store, int n, Dictionaries user)
      throws IOException, InterruptedException {
    Path dir = store != null ? store : Files.createTempDirectory("dyad-events-");
    try {
      if (store == null || !Files.exists(dir.resolve("dyad.duckdb"))) {
        List<Path> files = Inputs.files(List.of(articles));
        IngestCommand.ingest(dir, List.of(articles), files, PublishedDates.NONE, n, true, true, false, List.of(), user);
      }
      Map<String, List<Event>> out = new HashMap<>();
      try (Store s = Store.open(dir)) {
        for (Article a : EvalTimelines.all(s)) {
          out.computeIfAbsent(goldId(a), k -> new ArrayList<>()).addAll(s.eventsOfArticle(a.id()));
        }
      }
      return out;
    } finally {
      if (store == null) {
        EvalTimelines.delete(dir);
      }
    }
  }

  private static String goldId(Article a) {
    String url = a.url() == null ? a.id() : a.url();
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
