package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.app.ingest.Ingest;
import org.dyad.app.service.Articles;
import org.dyad.dictionary.Dictionaries;
import org.dyad.eval.EventsEval;
import org.dyad.ingest.Inputs;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.store.Store;

/** {@code dyad eval events DATA}: hand-coded events of a folder like events-reuters, ingested as one corpus. */
public final class EvalEvents {
  private EvalEvents() {}

  /**
   * The scores of {@link #run} as printed: the table, and with {@code list} every core miss, every false dyadic
   * event and every planned or hypothetical event reported as occurred.
   */
  public static Report report(Path data, Path store, int threads, boolean list, Dictionaries user)
      throws IOException, InterruptedException {
    EventsEval.Result r = run(Folders.benchmark(data), store, threads, user);
    StringBuilder b = new StringBuilder("events: " + data + "\n").append(r.table());
    if (list) {
      b.append("\ncore events missed (").append(r.misses().size()).append("):\n");
      r.misses().forEach(m -> b.append("  ").append(m.line()).append('\n'));
      b.append("\nfalse dyadic events (").append(r.falseEvents().size()).append("):\n");
      r.falseEvents().forEach(f -> b.append("  ").append(f).append('\n'));
      b.append("\nplanned or hypothetical events reported as occurred (").append(r.asOccurred().size())
          .append("):\n");
      r.asOccurred().forEach(f -> b.append("  ").append(f).append('\n'));
    }
    return new Report(b.toString(), r.toMap());
  }

  /** Ingests the folder's articles (into {@code store}, or a temporary store when null) and scores their events. */
  public static EventsEval.Result run(Path data, Path store, int threads) throws IOException, InterruptedException {
    return run(data, store, threads, Dictionaries.NONE);
  }

  /** As above, ingesting with the user's dictionaries (a reused {@code store} keeps the events it has). */
  public static EventsEval.Result run(Path data, Path store, int threads, Dictionaries user)
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
        Ingest.run(Ingest.Options.of(dir, List.of(articles), files).withThreads(n).withDictionaries(user));
      }
      Map<String, List<Event>> out = new HashMap<>();
      try (Store s = Store.open(dir)) {
        for (Article a : Articles.all(s)) {
          out.computeIfAbsent(goldId(a), k -> new ArrayList<>()).addAll(s.eventsOfArticle(a.id()));
        }
      }
      return out;
    } finally {
      if (store == null) {
        Folders.delete(dir);
      }
    }
  }

  private static String goldId(Article a) {
    String url = a.url() == null ? a.id() : a.url();
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
