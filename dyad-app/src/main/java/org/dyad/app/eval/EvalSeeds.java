package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.eval.SeedEventsEval;
import org.dyad.eval.SeedsEval;
import org.dyad.events.EventCoder;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;

/** {@code dyad eval seeds DATA}: metadata, body and event checks on the seed pages against the hand-written gold. */
public final class EvalSeeds {
  private EvalSeeds() {}

  /**
   * The scores of the seed pages.
   *
   * @param pages metadata and body checks of each page
   * @param events the events coded on the extracted pages against the gold events
   */
  public record Result(SeedsEval.Result pages, SeedEventsEval.Result events) {
    /** The figures for {@code --json}: the pages' figures and the events' under "events". */
    public Map<String, Object> figures() {
      Map<String, Object> figures = new LinkedHashMap<>(pages.figures());
      figures.put("events", events.toMap());
      return figures;
    }

    /** The pages' table, then the events' table with every missed and every extra event. */
    public Report report() {
      StringBuilder b = new StringBuilder(pages.table());
      b.append("\nseeds: events\n").append(events.table());
      events.misses().forEach(m -> b.append("  missed ").append(m).append('\n'));
      events.extras().forEach(m -> b.append("  extra  ").append(m).append('\n'));
      return new Report(b.toString(), figures());
    }
  }

  /** Extracts each seed page of {@code data}, checks it, then codes and scores its events. */
  public static Result run(Path data) throws IOException {
    Folders.benchmark(data);
    Extractor extractor = new Extractor();
    Map<String, Article> articles = new HashMap<>();
    SeedsEval.Result pages = SeedsEval.run(data, file -> {
      Article a = extractOne(extractor, file);
      articles.put(file.getFileName().toString(), a);
      return a;
    });
    EventCoder coder = new EventCoder();
    SeedEventsEval.Result events = SeedEventsEval.load(data)
        .score(doc -> articles.get(doc) == null ? List.of() : coder.code(articles.get(doc)));
    return new Result(pages, events);
  }

  /** The article of a single-document file, or null when it has none. */
  private static Article extractOne(Extractor extractor, Path file) {
    List<Article> out = new ArrayList<>();
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE).read(file, d -> out.add(extractor.extract(d)),
        skip -> System.err.println(skip));
    return out.isEmpty() ? null : out.get(0);
  }
}
