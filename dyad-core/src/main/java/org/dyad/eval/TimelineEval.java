package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The Timeline17 benchmark: its folders and reference timelines, the metric, and the per-topic table.
 *
 * <p>Metric: alignment-based ROUGE-1 and ROUGE-2 ("align+ m:1", Martschat &amp; Markert 2017) and date F1, see
 * {@link TimelineMetric}. Timeline17 has 17 folders, one outlet's articles and timelines each, on 9 topics;
 * scores are averaged over the reference timelines of a topic (all its folders'), then over topics, as the
 * benchmark notes (../shared/docs/benchmarks.md) define the task ({@link Result}). Building the predicted
 * timelines (ingest, store, builder) is the caller's job, so this class stays free of storage.
 */
public final class TimelineEval {
  private TimelineEval() {}

  /**
   * One folder: one outlet's articles on a topic and its timelines.
   *
   * @param name folder name ("bpoil_bbc")
   * @param inputDocs the folder of articles, {@code InputDocs/<publication date>/*.txt}
   * @param references its reference timelines, by file name
   */
  public record Folder(String name, Path inputDocs, List<Reference> references) {}

  /**
   * One journalist's timeline.
   *
   * @param name file name
   * @param dates its dates with their sentences
   */
  public record Reference(String name, SortedMap<LocalDate, List<String>> dates) {
    /** Mean number of sentences a date, rounded: the K the benchmark asks for. */
    public int sentencesPerDate() {
      double all = dates.values().stream().mapToInt(List::size).sum();
      return Math.max(1, (int) Math.round(all / Math.max(1, dates.size())));
    }
  }

  /** Precision, recall and their F1. */
  public record Prf(double p, double r, double f) {
    /** The triple with F1 computed from {@code p} and {@code r}. */
    public static Prf of(double p, double r) {
      return new Prf(p, r, Rouge.f(p, r));
    }
  }

  /**
   * Scores of one predicted timeline against one reference.
   *
   * @param rouge1 AR-1 (align+ m:1 ROUGE-1)
   * @param rouge2 AR-2
   * @param dates date precision, recall and F1
   */
  public record Scores(Prf rouge1, Prf rouge2, Prf dates) {}

  /** The folders under {@code data}, each with {@code InputDocs} and {@code timelines}, by name. */
  public static List<Folder> folders(Path data) throws IOException {
    List<Folder> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(data)) {
      for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("timelines"))).sorted().toList()) {
        out.add(new Folder(dir.getFileName().toString(), dir.resolve("InputDocs"), references(dir.resolve("timelines"))));
      }
    }
    return out;
  }

  /** Scores {@code predicted} (date → sentences) against {@code reference}. */
  public static Scores score(SortedMap<LocalDate, List<String>> predicted, Reference reference) {
    return TimelineMetric.score(predicted, reference.dates());
  }

  private static List<Reference> references(Path dir) throws IOException {
    List<Reference> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(new Reference(f.getFileName().toString(), ReferenceTimelines.read(f)));
      }
    }
    return out;
  }

  /**
   * The topic of a Timeline17 folder: the part of its name before the first underscore ("bpoil" for
   * "bpoil_bbc"). Timeline17's 17 folders are 9 topics, each folder one outlet's articles and timelines.
   */
  public static String topicOf(String folder) {
    int cut = folder.indexOf('_');
    return cut < 0 ? folder : folder.substring(0, cut);
  }

  /**
   * The figures of every folder (the mean over its reference timelines), of every topic (the mean over the
   * timelines of its folders) and the benchmark's average: over topics, as the benchmark notes define it
   * ("averaged over timelines, then topics"; 9 topics). Two other averages are kept beside it: the mean over the
   * 17 folders, which weighs a topic by its number of outlets (BP oil spill five times, Egypt once), and news-tls's
   * own, the F of the mean precision and mean recall over all timelines ({@link #newsTlsAverages}).
   */
  public static final class Result {
    private final Map<String, List<Scores>> timelines = new LinkedHashMap<>();

    /** Adds a folder with the scores of its timelines. */
    public void add(String folder, List<Scores> scores) {
      timelines.put(folder, List.copyOf(scores));
    }

    /** Each folder's timelines' scores, in the order added. */
    public Map<String, List<Scores>> timelines() {
      return new LinkedHashMap<>(timelines);
    }

    /** Each folder's AR-1 F, AR-2 F and date F1, the mean over its timelines, in the order added. */
    public Map<String, double[]> rows() {
      Map<String, double[]> out = new LinkedHashMap<>();
      timelines.forEach((f, scores) -> out.put(f, meanF(scores)));
      return out;
    }

    /** Each topic's figures, the mean over its folders' timelines, in the order the topics first appear. */
    public Map<String, double[]> topics() {
      Map<String, List<Scores>> byTopic = new LinkedHashMap<>();
      timelines.forEach((f, scores) -> byTopic.computeIfAbsent(topicOf(f), t -> new ArrayList<>()).addAll(scores));
      Map<String, double[]> out = new LinkedHashMap<>();
      byTopic.forEach((t, scores) -> out.put(t, meanF(scores)));
      return out;
    }

    /** The benchmark's figures: the mean over topics of AR-1 F, AR-2 F and date F1. */
    public double[] averages() {
      return mean(List.copyOf(topics().values()));
    }

    /** The mean over folders, each folder weighing the same whatever its topic. */
    public double[] folderAverages() {
      return mean(List.copyOf(rows().values()));
    }

    /**
     * news-tls's average (its evaluate.py): precision and recall are each averaged over all timelines, whatever
     * their topic, and the F is taken of the two means, for AR-1, AR-2 and dates.
     */
    public double[] newsTlsAverages() {
      List<Scores> all = new ArrayList<>();
      timelines.values().forEach(all::addAll);
      double[] p = new double[3];
      double[] r = new double[3];
      for (Scores s : all) {
        List<Prf> three = List.of(s.rouge1(), s.rouge2(), s.dates());
        for (int i = 0; i < 3; i++) {
          p[i] += three.get(i).p() / all.size();
          r[i] += three.get(i).r() / all.size();
        }
      }
      return new double[] {Rouge.f(p[0], r[0]), Rouge.f(p[1], r[1]), Rouge.f(p[2], r[2])};
    }

    /** A plain-text table: one row a folder, one a topic, then the averages over topics and over folders. */
    public String table() {
      StringBuilder out = new StringBuilder(String.format("%-26s %7s %7s %7s%n", "folder", "AR-1 F", "AR-2 F",
          "date F1"));
      Map<String, double[]> folders = rows();
      folders.forEach((f, r) -> out.append(line(f, r)));
      Map<String, Integer> count = new LinkedHashMap<>();
      timelines.forEach((f, scores) -> count.merge(topicOf(f), scores.size(), Integer::sum));
      out.append("topic (mean of its timelines)\n");
      Map<String, double[]> topics = topics();
      topics.forEach((t, r) -> out.append(line(t + " (" + count.get(t) + ")", r)));
      out.append(line("average over " + topics.size() + " topics", averages()));
      out.append(line("mean over " + folders.size() + " folders", folderAverages()));
      int all = timelines.values().stream().mapToInt(List::size).sum();
      return out.append(line("news-tls's (" + all + " timelines)", newsTlsAverages())).toString();
    }

    /** The figures as nested maps for JSON. */
    public Map<String, Object> figures() {
      Map<String, Object> folders = new LinkedHashMap<>();
      rows().forEach((f, r) -> folders.put(f, row(r)));
      Map<String, Object> topics = new LinkedHashMap<>();
      topics().forEach((t, r) -> topics.put(t, row(r)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("benchmark", "t17");
      out.put("metric", "align+ m:1 ROUGE F, date F1; mean over a topic's timelines, then topics");
      out.put("average", row(averages()));
      out.put("mean_over_folders", row(folderAverages()));
      out.put("news_tls_average", row(newsTlsAverages()));
      out.put("topics", topics);
      out.put("folders", folders);
      return out;
    }

    private static String line(String name, double[] r) {
      return String.format("%-26s %7.3f %7.3f %7.3f%n", name, r[0], r[1], r[2]);
    }

    private static double[] meanF(List<Scores> scores) {
      List<double[]> rows = new ArrayList<>();
      scores.forEach(s -> rows.add(new double[] {s.rouge1().f(), s.rouge2().f(), s.dates().f()}));
      return mean(rows);
    }

    private static double[] mean(List<double[]> rows) {
      double[] mean = new double[3];
      rows.forEach(r -> {
        for (int i = 0; i < 3; i++) {
          mean[i] += r[i] / rows.size();
        }
      });
      return mean;
    }

    private static Map<String, Object> row(double[] r) {
      return Map.of("ar1_f", r[0], "ar2_f", r[1], "date_f1", r[2]);
    }
  }
}
