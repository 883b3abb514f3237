package org.dyad.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.dyad.events.EventCoder;
import org.dyad.extract.Extractor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;

/**
 * The stages from a raw document to what is stored, assembled in one place. Thread-safe: one pipeline serves
 * all ingest threads.
 */
public final class Pipeline {
  private final Extractor extractor;
  private final EventCoder coder;

  private Pipeline(Extractor extractor, EventCoder coder) {
    this.extractor = extractor;
    this.coder = coder;
  }

  /** The default pipeline: extraction, then annotation, dates, actors and events (CoreNLP loads on first use). */
  public static Pipeline standard() {
    return withRepeatedLines(line -> false);
  }

  /** The default pipeline, told which text-dump lines repeat across the corpus (page furniture). */
  public static Pipeline withRepeatedLines(Predicate<String> repeatedLines) {
    return new Pipeline(new Extractor(repeatedLines), new EventCoder());
  }

  /** Extraction only, for commands and corpora that need no NLP. */
  public static Pipeline extractionOnly(Predicate<String> repeatedLines) {
    return new Pipeline(new Extractor(repeatedLines), null);
  }

  /** Runs every stage on one document; the result says why when there is nothing to store. */
  public Result process(RawDocument doc) {
    Article article = extractor.extract(doc);
    if (article.text().isBlank()) {
      return new Result(doc, null, List.of(), "no article text found");
    }
    List<Event> events = coder == null || !"en".equals(article.language()) ? List.of() : coder.code(article);
    return new Result(doc, article, events, null);
  }

  /**
   * What the pipeline made of one document.
   *
   * @param doc the input
   * @param article the article, or null when there is none
   * @param events the events coded from the article, without story ids yet
   * @param problem why there is no article, or null
   */
  public record Result(RawDocument doc, Article article, List<Event> events, String problem) {
    public Result {
      events = events == null ? List.of() : List.copyOf(events);
    }
  }
}
