package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
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
    /**
     * Days by the share of the articles after them that mention them (the default's score breaks ties),
     * sentences as the default: gives the late turns of a long story their place.
     */
    SHARE,
    /** The benchmark's trivial baseline: busiest publication days, lead sentences. */
    BASELINE;

    /** The method of a lower-case name ("mentions", "share", "baseline"), or empty for any other. */
    public static Optional<Method> named(String name) {
      return Arrays.stream(values()).filter(m -> m.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
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

  /**
   * The two day weights tuned on Timeline17, for runs that vary them (`dyad eval timelines --leave-one-topic-out`).
   *
   * @param spelled factor on a later mention that names the day in full
   * @param volume weight of each article published on the day or the next
   */
  public record DayWeights(double spelled, double volume) {
    /** The weights every timeline is built with. */
    public static final DayWeights DEFAULT = new DayWeights(Weights.DEFAULT.spelled(), Weights.DEFAULT.volume());
  }

  /** Articles split into sentences and tagged once, to build several timelines of them. */
  public static final class Prepared {
    final Corpus corpus;

    private Prepared(Corpus corpus) {
      this.corpus = corpus;
    }

    /** The number of articles with a publication date, the ones a timeline can use. */
    public int articles() {
      return corpus.articles.size();
    }
  }

  /** Splits and tags {@code articles} (the costly part); articles without a publication date are left out. */
  public Prepared prepare(List<Article> articles) {
    return new Prepared(Corpus.of(Validate.notNull(articles, "articles")));
  }

  /** The timeline of {@code articles}; articles without a publication date are ignored. */
  public Timeline build(List<Article> articles, Options options) {
    return build(prepare(articles), options);
  }

  /** The timeline of articles prepared before. */
  public Timeline build(Prepared prepared, Options options) {
    return build(prepared, options, DayWeights.DEFAULT);
  }

  /** The timeline of articles prepared before, its days chosen with {@code days} in place of the defaults. */
  public Timeline build(Prepared prepared, Options options, DayWeights days) {
    Validate.notNull(options, "options");
    Validate.notNull(days, "days");
    return build(prepared.corpus, options, Weights.DEFAULT.withDays(days.spelled(), days.volume()));
  }

  /**
   * The given days, each summarised as {@link #build} would summarise it (days nothing speaks of are left out):
   * scores the choice of sentences apart from the choice of days.
   */
  public Timeline summarise(Prepared prepared, List<LocalDate> days, int sentences) {
    Validate.isTrue(sentences > 0, "sentences", sentences, "must be positive");
    SentencePicker picker = new SentencePicker(prepared.corpus, Weights.DEFAULT);
    Map<LocalDate, List<CorpusSentence>> out = new LinkedHashMap<>();
    for (LocalDate day : Validate.notNull(days, "days")) {
      List<CorpusSentence> picked = picker.pick(day, sentences);
      if (!picked.isEmpty()) {
        out.put(day, picked);
      }
    }
    return timeline(prepared.corpus, out, Options.of(Math.max(1, days.size()), sentences));
  }

  static Timeline build(Corpus corpus, Options options, Weights weights) {
    Map<LocalDate, List<CorpusSentence>> days = options.method() == Method.BASELINE
        ? Baseline.pick(corpus, options.maxDates(), options.sentences(), options.from(), options.to())
        : choose(corpus, options, weights);
    return timeline(corpus, days, options);
  }

  private static Timeline timeline(Corpus corpus, Map<LocalDate, List<CorpusSentence>> days, Options options) {
    List<TimelineEntry> entries = new ArrayList<>();
    days.forEach((day, sentences) -> entries.add(entry(corpus, day, sentences)));
    entries.sort((a, b) -> a.date().compareTo(b.date()));
    return new Timeline(options.query(), iso(options.from()), iso(options.to()), entries);
  }

  private static Map<LocalDate, List<CorpusSentence>> choose(Corpus corpus, Options options, Weights weights) {
    SentencePicker picker = new SentencePicker(corpus, weights);
    List<LocalDate> ranked = DateRanker.rank(corpus, weights, options.from(), options.to(), options.method());
    Map<LocalDate, List<CorpusSentence>> out = new LinkedHashMap<>();
    // first pass keeps chosen days apart: the day after a big event is busy with reports of it
    fill(out, ranked, picker, options, weights.gap());
    fill(out, ranked, picker, options, 0);
    return out;
  }

  private static void fill(Map<LocalDate, List<CorpusSentence>> out, List<LocalDate> ranked, SentencePicker picker,
      Options options, int gap) {
    for (LocalDate day : ranked) {
      if (out.size() == options.maxDates()) {
        return;
      }
      if (!out.containsKey(day) && !near(out.keySet(), day, gap)) {
        List<CorpusSentence> picked = picker.pick(day, options.sentences());
        if (!picked.isEmpty()) {
          out.put(day, picked);
        }
      }
    }
  }

  private static boolean near(Set<LocalDate> chosen, LocalDate day, int gap) {
    for (int i = 1; i <= gap; i++) {
      if (chosen.contains(day.minusDays(i)) || chosen.contains(day.plusDays(i))) {
        return true;
      }
    }
    return false;
  }

  private static TimelineEntry entry(Corpus corpus, LocalDate day, List<CorpusSentence> sentences) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (CorpusSentence s : sentences) {
      Article a = corpus.articles.get(s.doc());
      ids.add(a.id());
      if (a.outlet() != null) {
        outlets.add(a.outlet());
      }
    }
    List<String> texts = sentences.stream().map(CorpusSentence::text).toList();
    return new TimelineEntry(day.toString(), DatePrecision.DAY.contract(), null, texts, List.of(), List.copyOf(ids),
        List.copyOf(outlets));
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
