package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.util.Validate;

/**
 * Builds a dated timeline from articles: chooses the days the articles refer to most, then for each day the
 * sentences that best say what happened on it.
 *
 * <p>Days come from the temporal expressions of every sentence, resolved against the article's publication
 * date ({@link DateRanker}), and from publication volume; sentences are those that mention the day or lead the
 * articles of that day and the next, ranked by TF-IDF centrality with near repeats removed
 * ({@link SentencePicker}). Entries carry their articles and outlets, and an empty {@code events} list that
 * {@link TimelineEntry#withEvents} fills once events are coded. Thread-safe: a call keeps its state on the stack.
 */
public final class TimelineBuilder {

  /** How days and sentences are chosen. */
  public enum Method {
    /** Days by weighted mentions and volume, sentences by centrality: the default. */
    MENTIONS,
    /** The benchmark's trivial baseline: busiest publication days, lead sentences. */
    BASELINE
  }

  /**
   * What to build.
   *
   * @param maxDates at most this many dates
   * @param sentences at most this many sentences a date
   * @param from the first date to consider, or {@code null}
   * @param to the last date to consider, or {@code null}
   * @param query what the articles were selected by, echoed in the timeline, or {@code null}
   * @param method how days and sentences are chosen
   */
  public record Options(int maxDates, int sentences, LocalDate from, LocalDate to, String query, Method method) {
    public Options {
      Validate.isTrue(maxDates > 0, "maxDates", maxDates, "must be positive");
      Validate.isTrue(sentences > 0, "sentences", sentences, "must be positive");
      Validate.isTrue(from == null || to == null || !from.isAfter(to), "from", from, "must not be after 'to'");
      method = method == null ? Method.MENTIONS : method;
    }

    /** At most {@code maxDates} dates of {@code sentences} sentences, over all time, by the default method. */
    public static Options of(int maxDates, int sentences) {
      return new Options(maxDates, sentences, null, null, null, Method.MENTIONS);
    }
  }

  /** The timeline of {@code articles}; articles without a publication date are ignored. */
  public Timeline build(List<Article> articles, Options options) {
    Validate.notNull(articles, "articles");
    Validate.notNull(options, "options");
    Corpus corpus = Corpus.of(articles);
    Map<LocalDate, List<Sentence>> days = options.method() == Method.BASELINE
        ? Baseline.pick(corpus, options.maxDates(), options.sentences(), options.from(), options.to())
        : choose(corpus, options);
    List<TimelineEntry> entries = new ArrayList<>();
    days.forEach((day, sentences) -> entries.add(entry(corpus, day, sentences)));
    entries.sort((a, b) -> a.date().compareTo(b.date()));
    return new Timeline(options.query(), iso(options.from()), iso(options.to()), entries);
  }

  private static Map<LocalDate, List<Sentence>> choose(Corpus corpus, Options options) {
    SentencePicker picker = new SentencePicker(corpus);
    Map<LocalDate, List<Sentence>> out = new LinkedHashMap<>();
    for (LocalDate day : DateRanker.rank(corpus, options.from(), options.to())) {
      if (out.size() == options.maxDates()) {
        break;
      }
      List<Sentence> picked = picker.pick(day, options.sentences());
      if (!picked.isEmpty()) {
        out.put(day, picked);
      }
    }
    return out;
  }

  private static TimelineEntry entry(Corpus corpus, LocalDate day, List<Sentence> sentences) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      Article a = corpus.articles.get(s.doc());
      ids.add(a.id());
      if (a.outlet() != null) {
        outlets.add(a.outlet());
      }
    }
    List<String> texts = sentences.stream().map(Sentence::text).toList();
    return new TimelineEntry(day.toString(), "day", null, texts, List.of(), List.copyOf(ids), List.copyOf(outlets));
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
