package org.dyad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.eval.TimelineEval;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.dyad.store.Store;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval timelines DATA}: Timeline17, each folder ingested into its own store and summarised. */
@Command(name = "timelines", mixinStandardHelpOptions = true,
    description = {"Timeline summarisation on Timeline17: ROUGE-1/2 and date F1 against the reference timelines.",
        "Per folder, ingest InputDocs into a fresh store, build a timeline with the reference's number of dates and "
            + "sentences a date, and score align+ m:1 ROUGE-1/2 F and date F1, averaged over a topic's timelines "
            + "(bpoil_bbc, bpoil_reuters… are one topic), then topics."})
final class EvalTimelines extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA",
      description = "the t17 folder (one folder an outlet's articles on a topic, with InputDocs/ and timelines/)")
  Path data;

  @Option(names = "--method", paramLabel = "M", description = "mentions (default), share (days by the share of "
      + "later articles that mention them) or baseline (busiest days, lead sentences)")
  String method = "mentions";

  @Option(names = "--stores", paramLabel = "DIR",
      description = "keep each folder's store in DIR/<folder> and reuse it on the next run (default: temporary)")
  Path stores;

  @Option(names = "--reference-span", description = {"keep each timeline within its reference's first and last date,",
      "as news-tls's experiments do (off by default: the task in docs/benchmarks.md gives no dates)"})
  boolean referenceSpan;

  @Option(names = "--reference-dates", description = {"summarise the reference's own dates instead of choosing dates:",
      "scores the choice of sentences alone (date F1 is then about 1)"})
  boolean referenceDates;

  @Option(names = "--threads", paramLabel = "N", description = "ingest threads (default: number of cores)")
  Integer threads;

  @Option(names = "--leave-one-topic-out", description = {"score the two day weights tuned on Timeline17 as if "
      + "they had not been:", "for each topic, the best of a 12-point grid on the other topics, scored on it"})
  boolean leaveOneTopicOut;

  // the grid the day weights were chosen on: spelled later mentions × publication volume
  private static final List<TimelineBuilder.DayWeights> GRID = grid(new double[] {2, 2.5, 3, 4},
      new double[] {0.1, 0.2, 0.3});

  @Override
  public Integer call() throws IOException, InterruptedException {
    TimelineBuilder.Method m = TimelineCommand.method(method);
    long start = System.nanoTime();
    if (leaveOneTopicOut) {
      return heldOut(m, start);
    }
    List<Variant> variants = List.of(new Variant(m, referenceSpan, referenceDates));
    TimelineEval.Result result = run(folder(data), variants, stores, threads == null ? cores() : threads).get(0);
    System.out.print(result.table());
    System.out.printf("method %s%s%s, %.1f s%n", m.name().toLowerCase(), referenceSpan ? ", reference span" : "",
        referenceDates ? ", reference dates" : "", (System.nanoTime() - start) / 1e9);
    writeJson(result.figures());
    return 0;
  }

  private int heldOut(TimelineBuilder.Method m, long start) throws IOException, InterruptedException {
    if (m != TimelineBuilder.Method.MENTIONS || referenceDates) {
      throw new org.dyad.util.BadInputException(
          "--leave-one-topic-out tunes the mentions method's day weights: give neither --method nor --reference-dates");
    }
    List<Variant> variants = new ArrayList<>();
    GRID.forEach(days -> variants.add(new Variant(m, referenceSpan, false, days)));
    List<TimelineEval.Result> results = run(folder(data), variants, stores, threads == null ? cores() : threads);
    TopicHoldOut.Outcome outcome = TopicHoldOut.of(results);
    System.out.print(outcome.heldOut().table());
    outcome.chosen().forEach((topic, i) -> System.out.printf("chosen without %s: spelled %.1f, volume %.1f%n",
        topic, GRID.get(i).spelled(), GRID.get(i).volume()));
    System.out.printf("leave one topic out over %d grid points%s, %.1f s%n", GRID.size(),
        referenceSpan ? ", reference span" : "", (System.nanoTime() - start) / 1e9);
    writeJson(outcome.heldOut().figures());
    return 0;
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
  record Variant(TimelineBuilder.Method method, boolean span, boolean referenceDates,
      TimelineBuilder.DayWeights days) {
    /** A variant with the default day weights. */
    Variant(TimelineBuilder.Method method, boolean span, boolean referenceDates) {
      this(method, span, referenceDates, TimelineBuilder.DayWeights.DEFAULT);
    }

    /** A variant that chooses its own dates with the default day weights. */
    Variant(TimelineBuilder.Method method, boolean span) {
      this(method, span, false);
    }
  }

  /** Scores every folder of {@code data} for each variant; stores go to {@code keep} when given, else to temp. */
  static List<TimelineEval.Result> run(Path data, List<Variant> variants, Path keep, int threads)
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
        IngestCommand.ingest(dir, List.of(folder.inputDocs()), files, PublishedDates.NONE, threads, true, false);
      }
      try (Store store = Store.open(dir)) {
        return all(store);
      }
    } finally {
      if (keep == null) {
        delete(dir);
      }
    }
  }

  /** Every article of a store, a page at a time. */
  static List<Article> all(Store store) {
    List<Article> out = new ArrayList<>();
    for (List<Article> page = store.articles(0, 1000); !page.isEmpty(); page = store.articles(out.size(), 1000)) {
      out.addAll(page);
    }
    return out;
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
