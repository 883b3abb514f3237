package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.events.EventCoder;
import org.dyad.extract.Extractor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventExplanation;
import org.dyad.model.Quote;
import org.dyad.model.RawDocument;
import org.dyad.quotes.QuoteFinder;

/**
 * The stages from a raw document to what is stored, assembled in one place. Thread-safe: one pipeline serves
 * all ingest threads.
 */
public final class Pipeline {
  private final Extractor extractor;
  private final EventCoder coder;
  private final QuoteFinder quotes;

  private Pipeline(Extractor extractor, EventCoder coder, QuoteFinder quotes) {
    this.extractor = extractor;
    this.coder = coder;
    this.quotes = quotes;
    if (quotes != null) {
      checkRequirements("quotes", QuoteFinder.REQUIRES, coder == null ? Set.of() : EventCoder.PROVIDES);
    }
  }

  /** The default pipeline: extraction, then annotation, dates, actors, events and quotes (CoreNLP loads on first use). */
  public static Pipeline standard() {
    return withRepeatedLines(line -> false);
  }

  /** The default pipeline, told which text-dump lines repeat across the corpus (page furniture). */
  public static Pipeline withRepeatedLines(Predicate<String> repeatedLines) {
    return new Pipeline(new Extractor(repeatedLines), new EventCoder(), new QuoteFinder());
  }

  /** Extraction only, for commands and corpora that need no NLP. */
  public static Pipeline extractionOnly(Predicate<String> repeatedLines) {
    return new Pipeline(new Extractor(repeatedLines), null, null);
  }

  /**
   * Fails, naming the stage and what is missing, when the stages before {@code stage} do not provide all it
   * requires (the check CoreNLP makes when a pipeline is built).
   */
  static void checkRequirements(String stage, Set<String> requires, Set<String> provided) {
    Set<String> missing = new HashSet<>(requires);
    missing.removeAll(provided);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("stage \"" + stage + "\" requires " + new ArrayList<>(missing).stream().sorted()
          .toList() + ", which no earlier stage provides");
    }
  }

  /** Runs every stage on one document; the result says why when there is nothing to store. */
  public Result process(RawDocument doc) {
    Article article = extractor.extract(doc);
    if (article.text().isBlank()) {
      return new Result(doc, null, List.of(), List.of(), "no article text found");
    }
    if (coder == null || !"en".equals(article.language())) {
      return new Result(doc, article, List.of(), List.of(), null);
    }
    EventCoder.Coded coded = coder.codeWithSentences(article.id(), article.outlet(), article.published(),
        article.dateline(), article.text());
    List<Event> events = coded.events().stream().map(EventExplanation::event).toList();
    return new Result(doc, article, events, quotes(article, coded), null);
  }

  private List<Quote> quotes(Article article, EventCoder.Coded coded) {
    try {
      return quotes.find(article.id(), article.text(), coded.sentences());
    } catch (RuntimeException e) {
      // a layout the quote rules did not foresee must not cost the article its events
      return List.of();
    }
  }

  /**
   * What the pipeline made of one document.
   *
   * @param doc the input
   * @param article the article, or null when there is none
   * @param events the events coded from the article, without story ids yet
   * @param quotes the quotes read from the article, with their speakers
   * @param problem why there is no article, or null
   */
  public record Result(RawDocument doc, Article article, List<Event> events, List<Quote> quotes, String problem) {
    public Result {
      events = events == null ? List.of() : List.copyOf(events);
      quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    /** A result without quotes. */
    public Result(RawDocument doc, Article article, List<Event> events, String problem) {
      this(doc, article, events, List.of(), problem);
    }
  }
}
