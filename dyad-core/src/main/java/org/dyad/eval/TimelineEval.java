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
 * The Timeline17 benchmark: its topics and reference timelines, the metric, and the per-topic table.
 *
 * <p>Metric: alignment-based ROUGE-1 and ROUGE-2 ("align+ m:1", Martschat &amp; Markert 2017) and date F1, see
 * {@link TimelineMetric}; scores are averaged over a topic's reference timelines, then over topics, as in
 * news-tls (Ghalandari &amp; Ifrim 2020). Building the predicted timelines (ingest, store, builder) is the
 * caller's job, so this class stays free of storage.
 */
public final class TimelineEval {
  private TimelineEval() {}

  /**
   * One topic folder.
   *
   * @param name folder name ("bpoil_bbc")
   * @param inputDocs the folder of articles, {@code InputDocs/<publication date>/*.txt}
   * @param references its reference timelines, by file name
   */
  public record Topic(String name, Path inputDocs, List<Reference> references) {}

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

  /** The topic folders under {@code data}, each with {@code InputDocs} and {@code timelines}, by name. */
  public static List<Topic> topics(Path data) throws IOException {
    List<Topic> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(data)) {
      for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("timelines"))).sorted().toList()) {
        out.add(new Topic(dir.getFileName().toString(), dir.resolve("InputDocs"), references(dir.resolve("timelines"))));
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

  /** Per-topic figures (the mean over its references) and the averages over topics. */
  public static final class Result {
    private final Map<String, double[]> rows = new LinkedHashMap<>();

    /** Adds a topic with the scores of its timelines. */
    public void add(String topic, List<Scores> scores) {
      double[] mean = new double[3];
      for (Scores s : scores) {
        mean[0] += s.rouge1().f() / scores.size();
        mean[1] += s.rouge2().f() / scores.size();
        mean[2] += s.dates().f() / scores.size();
      }
      rows.put(topic, mean);
    }

    /** Adds a topic with its figures already averaged: AR-1 F, AR-2 F, date F1. */
    public void put(String topic, double[] row) {
      rows.put(topic, row.clone());
    }

    /** Each topic's AR-1 F, AR-2 F and date F1, in the order added. */
    public Map<String, double[]> rows() {
      Map<String, double[]> out = new LinkedHashMap<>();
      rows.forEach((t, r) -> out.put(t, r.clone()));
      return out;
    }

    /** The mean over topics of AR-1 F, AR-2 F and date F1. */
    public double[] averages() {
      double[] mean = new double[3];
      rows.values().forEach(r -> {
        for (int i = 0; i < 3; i++) {
          mean[i] += r[i] / rows.size();
        }
      });
      return mean;
    }

    /** A plain-text table: one row a topic, then the averages. */
    public String table() {
      StringBuilder out = new StringBuilder(String.format("%-24s %7s %7s %7s%n", "topic", "AR-1 F", "AR-2 F", "date F1"));
      rows.forEach((t, r) -> out.append(String.format("%-24s %7.3f %7.3f %7.3f%n", t, r[0], r[1], r[2])));
      double[] a = averages();
      return out.append(String.format("%-24s %7.3f %7.3f %7.3f%n", "average", a[0], a[1], a[2])).toString();
    }

    /** The figures as nested maps for JSON. */
    public Map<String, Object> figures() {
      Map<String, Object> topics = new LinkedHashMap<>();
      rows.forEach((t, r) -> topics.put(t, row(r)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("benchmark", "t17");
      out.put("metric", "align+ m:1 ROUGE F, date F1; mean over timelines, then topics");
      out.put("average", row(averages()));
      out.put("topics", topics);
      return out;
    }

    private static Map<String, Object> row(double[] r) {
      return Map.of("ar1_f", r[0], "ar2_f", r[1], "date_f1", r[2]);
    }
  }
}
