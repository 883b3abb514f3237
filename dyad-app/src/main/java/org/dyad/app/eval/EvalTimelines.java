package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.app.ingest.Ingest;
import org.dyad.app.service.Articles;
import org.dyad.eval.TimelineEval;
import org.dyad.ingest.Inputs;
import org.dyad.model.Article;
import org.dyad.store.Store;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;

/**
 * {@code dyad eval timelines DATA}: Timeline17, each folder ingested into its own store (extraction only) and
 * summarised, scored per variant; or the leave-one-topic-out estimate of the tuned day weights.
 */
public final class EvalTimelines {
  // the grid the day weights were chosen on: spelled later mentions × publication volume
  private static final List<TimelineBuilder.DayWeights> GRID = grid(new double[] {2, 2.5, 3, 4},
      new double[] {0.1, 0.2, 0.3});

  private EvalTimelines() {}

  /**
   * The figures of one variant as printed: the table, then a line naming the method, its options and the time the
   * run took.
   */
  public static Report report(Path data, Variant v, Path keep, int threads) throws IOException, InterruptedException {
    long start = System.nanoTime();
    TimelineEval.Result result = run(Folders.benchmark(data), List.of(v), keep, threads).get(0);
    String line = String.format("method %s%s%s, %.1f s%n", v.method().name().toLowerCase(),
        v.span() ? ", reference span" : "", v.referenceDates() ? ", reference dates" : "", seconds(start));
    return new Report(result.table() + line, result.figures());
  }

  /**
   * The leave-one-topic-out estimate of the mentions method's day weights: every point of the grid scored, then
   * each topic scored with the point chosen on the others; the table, the point chosen without each topic and a
   * closing line with the time it took.
   */
  public static Report heldOut(Path data, boolean span, Path keep, int threads)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Variant> variants = new ArrayList<>();
    GRID.forEach(days -> variants.add(new Variant(TimelineBuilder.Method.MENTIONS, span, false, days)));
    TopicHoldOut.Outcome outcome = TopicHoldOut.of(run(Folders.benchmark(data), variants, keep, threads));
    StringBuilder b = new StringBuilder(outcome.heldOut().table());
    outcome.chosen().forEach((topic, i) -> b.append(String.format("chosen without %s: spelled %.1f, volume %.1f%n",
        topic, GRID.get(i).spelled(), GRID.get(i).volume())));
    b.append(String.format("leave one topic out over %d grid points%s, %.1f s%n", GRID.size(),
        span ? ", reference span" : "", seconds(start)));
    return new Report(b.toString(), outcome.heldOut().figures());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<TimelineBuilder.DayWeights> grid(double[] spelled, double[] volume) {
    List<TimelineBuilder.DayWeights> out = new ArrayList<>();
    for (double s : spelled) {
      for (double v : volume) {
        out.add(new TimelineBuilder.DayWeights(s, v));
      }
    }
    return List.copyOf(out);
  }

  /**
   * One way to build the timelines.
   *
   * @param method how days and sentences are chosen
   * @param span whether each timeline keeps within its reference's first and last date
   * @param referenceDates whether the reference's dates are given, so only sentences are chosen
   * @param days the day weights
   */
  public record Variant(TimelineBuilder.Method method, boolean span, boolean referenceDates,
      TimelineBuilder.DayWeights days) {
    /** A variant with the default day weights. */
    public Variant(TimelineBuilder.Method method, boolean span, boolean referenceDates) {
      this(method, span, referenceDates, TimelineBuilder.DayWeights.DEFAULT);
    }

    /** A variant that chooses its own dates with the default day weights. */
    public Variant(TimelineBuilder.Method method, boolean span) {
      this(method, span, false);
    }
  }

  /** Scores every folder of {@code data} for each variant; stores go to {@code keep} when given, else to temp. */
  public static List<TimelineEval.Result> run(Path data, List<Variant> variants, Path keep, int threads)
      throws IOException, InterruptedException {
    List<TimelineEval.Result> results = new ArrayList<>();
    variants.forEach(v -> results.add(new TimelineEval.Result()));
    for (TimelineEval.Folder folder : TimelineEval.folders(data)) {
      TimelineBuilder.Prepared articles = new TimelineBuilder().prepare(articles(folder, keep, threads));
      for (int i = 0; i < variants.size(); i++) {
        List<TimelineEval.Scores> scores = new ArrayList<>();
        for (TimelineEval.Reference ref : folder.references()) {
          scores.add(TimelineEval.score(build(articles, ref, variants.get(i)), ref));
        }
        results.get(i).add(folder.name(), scores);
      }
    }
    return results;
  }

  private static SortedMap<LocalDate, List<String>> build(TimelineBuilder.Prepared articles,
      TimelineEval.Reference ref, Variant variant) {
    LocalDate from = variant.span() ? ref.dates().firstKey() : null;
    LocalDate to = variant.span() ? ref.dates().lastKey() : null;
    var options = new TimelineBuilder.Options(ref.dates().size(), ref.sentencesPerDate(), from, to, null,
        variant.method());
    Timeline timeline = variant.referenceDates()
        ? new TimelineBuilder().summarise(articles, List.copyOf(ref.dates().keySet()), ref.sentencesPerDate())
        : new TimelineBuilder().build(articles, options, variant.days());
    SortedMap<LocalDate, List<String>> out = new TreeMap<>();
    timeline.entries().forEach(e -> out.put(LocalDate.parse(e.date()), e.sentences()));
    return out;
  }

  private static List<Article> articles(TimelineEval.Folder folder, Path keep, int threads)
      throws IOException, InterruptedException {
    Path dir = keep == null ? Files.createTempDirectory("dyad-t17-") : keep.resolve(folder.name());
    try {
      if (keep == null || !Files.isDirectory(dir)) {
        List<Path> files = Inputs.files(List.of(folder.inputDocs()));
        Ingest.run(Ingest.Options.of(dir, List.of(folder.inputDocs()), files).withThreads(threads).withEvents(false));
      }
      try (Store store = Store.open(dir)) {
        return Articles.all(store);
      }
    } finally {
      if (keep == null) {
        Folders.delete(dir);
      }
    }
  }
}
