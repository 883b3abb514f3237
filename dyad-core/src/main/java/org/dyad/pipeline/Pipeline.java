package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.dictionary.Dictionaries;
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
  // plain texts from this size up are checked for how much extraction kept (a long article is 30-60 k chars)
  static final int LARGE_TEXT_CHARS = 100_000;
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

  /** The default pipeline with the user's dictionaries added to dyad's lexicon and actors. */
  public static Pipeline withDictionaries(Predicate<String> repeatedLines, Dictionaries user) {
    EventCoder coder = user.isEmpty() ? new EventCoder() : new EventCoder(user);
    return new Pipeline(new Extractor(repeatedLines), coder, new QuoteFinder());
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
    List<String> warnings = new ArrayList<>();
    String truncated = truncation(doc, article);
    if (truncated != null) {
      warnings.add(truncated);
    }
    if (coder == null || !"en".equals(article.language())) {
      return new Result(doc, article, List.of(), List.of(), null, warnings);
    }
    RepeatedSentences.Collapsed text = RepeatedSentences.collapse(article.text());
    if (text.dropped() > 0) {
      warnings.add(String.format(Locale.ROOT, "%,d repeated copies of sentences left out of event coding "
          + "(a sentence is read at most %d times)", text.dropped(), RepeatedSentences.KEEP));
    }
    EventCoder.Coded coded = coder.codeWithSentences(article.id(), article.outlet(), article.published(),
        article.dateline(), text.text());
    String failed = failureWarning(coded.failures());
    if (failed != null) {
      warnings.add(failed);
    }
    List<Event> events = coded.events().stream().map(EventExplanation::event).toList();
    return new Result(doc, article, events, quotes(article.id(), text.text(), coded), null, warnings);
  }

  /** The warning for sentences whose coding failed ("sentence 4: java.lang.NullPointerException …"), or null. */
  static String failureWarning(List<String> failures) {
    return failures.isEmpty() ? null : String.format(Locale.ROOT,
        "%d sentence(s) could not be coded and gave no event (first: %s)", failures.size(), failures.get(0));
  }

  /**
   * A warning when extraction kept only a small share of a large plain text (the body is its best block): a
   * page that big is seldom one article, and the user should know what was left out. HTML is not measured,
   * since markup and furniture are most of any page.
   */
  static String truncation(RawDocument doc, Article article) {
    int in = doc.content().length();
    int kept = article.text().length();
    if (doc.format() == RawDocument.Format.HTML || in < LARGE_TEXT_CHARS || kept * 2 >= in) {
      return null;
    }
    double share = 100.0 * kept / in;
    return String.format(Locale.ROOT, "kept %s %% of %s: the text is mostly not one article, only its best block "
        + "is stored", share < 1 ? String.format(Locale.ROOT, "%.1f", share) : String.valueOf(Math.round(share)),
        size(in));
  }

  private static String size(int chars) {
    return chars >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", chars / 1048576.0)
        : String.format(Locale.ROOT, "%d kB", Math.round(chars / 1024.0));
  }

  private List<Quote> quotes(String articleId, String text, EventCoder.Coded coded) {
    try {
      return quotes.find(articleId, text, coded.sentences());
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
   * @param warnings what the user should know about an article that was kept, one line each
   */
  public record Result(RawDocument doc, Article article, List<Event> events, List<Quote> quotes, String problem,
      List<String> warnings) {
    public Result {
      events = events == null ? List.of() : List.copyOf(events);
      quotes = quotes == null ? List.of() : List.copyOf(quotes);
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public Result(RawDocument doc, Article article, List<Event> events, List<Quote> quotes, String problem) {
      this(doc, article, events, quotes, problem, List.of());
    }

    /** A result without quotes. */
    public Result(RawDocument doc, Article article, List<Event> events, String problem) {
      this(doc, article, events, List.of(), problem);
    }
  }
}
