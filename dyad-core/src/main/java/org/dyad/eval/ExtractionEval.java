package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dyad.extract.html.HtmlExtractor;

/**
 * Scores {@link HtmlExtractor} on the extraction-zyte benchmark: 4-word shingle precision, recall
 * and F1 per page against {@code ground-truth.json}, averaged over pages.
 */
public final class ExtractionEval {
  // the benchmark's tokens: runs of Unicode word characters, lower-cased
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final HtmlExtractor extractor = new HtmlExtractor();

  /** One page's figures. */
  public record PageScore(String page, double precision, double recall, double f1) {}

  /**
   * The figures of one run; {@code worst} holds the ten lowest-F1 pages, {@code elapsedMs} the wall
   * time of the whole run and {@code extractCpuMs} the CPU time spent inside the extractor alone.
   */
  public record Result(List<PageScore> pages, double precision, double recall, double f1,
      List<PageScore> worst, long elapsedMs, long extractCpuMs) {

    /** Renders the figures as a plain-text table for the CLI. */
    public String table() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "pages      %d%nprecision  %.4f%nrecall     %.4f%n"
          + "f1         %.4f%nelapsed    %d ms (extraction CPU %d ms)%n%nworst pages%n", pages.size(), precision, recall, f1,
          elapsedMs, extractCpuMs));
      for (PageScore p : worst) {
        out.append(String.format(Locale.ROOT, "  %.3f  P %.3f  R %.3f  %s%n", p.f1(), p.precision(), p.recall(), p.page()));
      }
      return out.toString();
    }

    /** The figures as a JSON-ready map. */
    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("benchmark", "extraction-zyte");
      map.put("pages", pages.size());
      map.put("precision", precision);
      map.put("recall", recall);
      map.put("f1", f1);
      map.put("elapsed_ms", elapsedMs);
      map.put("extract_cpu_ms", extractCpuMs);
      map.put("worst", worst.stream().map(ExtractionEval::pageMap).toList());
      map.put("per_page", pages.stream().map(ExtractionEval::pageMap).toList());
      return map;
    }
  }

  /** Runs the extractor over every page of {@code benchDir} and scores it. */
  public Result run(Path benchDir) {
    Map<String, String[]> gold = readGold(benchDir.resolve("ground-truth.json"));
    long start = System.nanoTime();
    AtomicLong cpuNanos = new AtomicLong();
    // the extractor is thread-safe; pages run on all cores, results keep the file's order
    List<PageScore> scores = gold.entrySet().parallelStream().map(page -> {
      String html = readGzip(benchDir.resolve("html").resolve(page.getKey() + ".html.gz"));
      long cpu = THREADS.getCurrentThreadCpuTime();
      String predicted = extractor.extract(html, page.getValue()[1]).text();
      cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
      return score(page.getKey(), predicted, page.getValue()[0]);
    }).toList();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    return summarise(scores, elapsed, cpuNanos.get() / 1_000_000);
  }

  /** Scores one prediction against its gold text by 4-word shingle multiset overlap. */
  public static PageScore score(String page, String predicted, String gold) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> g = shingles(gold);
    if (p.isEmpty() && g.isEmpty()) {
      return new PageScore(page, 1, 1, 1);
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    double precision = p.isEmpty() ? 0 : overlap / (double) total(p);
    double recall = g.isEmpty() ? 0 : overlap / (double) total(g);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PageScore(page, precision, recall, f1);
  }

  /** Prints the table for a benchmark folder given as the first argument. */
  public static void main(String[] args) {
    Result result = new ExtractionEval().run(Path.of(args[0]));
    System.out.print(result.table());
    if (args.length > 1) {
      result.pages().stream().sorted(Comparator.comparingDouble(PageScore::f1)).forEach(p ->
          System.out.printf(Locale.ROOT, "%.3f %.3f %.3f %s%n", p.f1(), p.precision(), p.recall(), p.page()));
    }
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Result summarise(List<PageScore> scores, long elapsedMs, long cpuMs) {
    double p = scores.stream().mapToDouble(PageScore::precision).average().orElse(0);
    double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
    double f = scores.stream().mapToDouble(PageScore::f1).average().orElse(0);
    List<PageScore> worst = scores.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(10).toList();
    return new Result(List.copyOf(scores), p, r, f, worst, elapsedMs, cpuMs);
  }

  private static Map<String, Object> pageMap(PageScore p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("page", p.page());
    map.put("precision", p.precision());
    map.put("recall", p.recall());
    map.put("f1", p.f1());
    return map;
  }

  // page id → {articleBody, url}, in the file's order
  private static Map<String, String[]> readGold(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      Map<String, String[]> gold = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        gold.put(e.getKey(), new String[] {e.getValue().path("articleBody").asText(""),
            e.getValue().path("url").asText(null)});
      }
      return gold;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ground truth " + file, e);
    }
  }

  private static String readGzip(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page " + file, e);
    }
  }
}
