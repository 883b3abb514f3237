package org.dyad.app.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.app.ingest.Ingest;
import org.dyad.app.ingest.IngestRunner;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.nlp.Nlp;
import org.dyad.store.Store;

/**
 * {@code dyad eval throughput DATA}: the whole default ingest over DATA into a fresh store, then CoreNLP's
 * default annotators on the first articles as the baseline, both on all cores; gives rates and their ratio.
 */
public final class EvalThroughput {
  private final Path data;
  private final int baselineArticles;

  private EvalThroughput(Path data, int baselineArticles) {
    this.data = data;
    this.baselineArticles = baselineArticles;
  }

  /**
   * The figures of ingesting {@code files} (found under {@code data}) on {@code n} threads and, unless
   * {@code baselineArticles} is 0, of CoreNLP's default annotators on that many of their first articles.
   */
  public static Report report(Path data, List<Path> files, int n, int baselineArticles)
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    Map<String, Object> figures = new EvalThroughput(data, baselineArticles).figures(files, n);
    return new Report(table(figures), figures);
  }

  private Map<String, Object> figures(List<Path> files, int n)
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("threads", n);
    try (HeapPeak heap = HeapPeak.start()) {
      figures.putAll(ingest(files, n, heap));
    }
    if (baselineArticles > 0) {
      figures.putAll(baseline(files, n));
      figures.put("ratio", (double) figures.get("articles_per_s") / (double) figures.get("baseline_articles_per_s"));
      figures.put("ratio_per_cpu_s",
          (double) figures.get("articles_per_cpu_s") / (double) figures.get("baseline_articles_per_cpu_s"));
      // the baseline's articles are the first ones only, whose length differs from the corpus mean: per token is fairer
      figures.put("ratio_tokens_per_s",
          (double) figures.get("tokens_per_s") / (double) figures.get("baseline_tokens_per_s"));
    }
    return figures;
  }

  private Map<String, Object> ingest(List<Path> files, int n, HeapPeak heap) throws IOException, InterruptedException {
    long load = System.nanoTime();
    Nlp nlp = Nlp.shared();
    double loadSeconds = seconds(load);
    Nlp.Counts before = nlp.counts();
    Path dir = Files.createTempDirectory("dyad-throughput");
    try {
      long start = System.nanoTime();
      long cpu = cpuNanos();
      IngestRunner.Summary s = Ingest.run(Ingest.Options.of(dir.resolve("store"), List.of(data), files).withThreads(n));
      double wall = seconds(start);
      double cpuSeconds = (cpuNanos() - cpu) / 1e9;
      Nlp.Counts c = nlp.counts().minus(before);
      Map<String, Object> f = ingestFigures(s, c, wall, loadSeconds, heap, eventCount(dir.resolve("store")));
      f.putAll(cpuFigures("", (int) f.get("articles"), cpuSeconds, n));
      return f;
    } finally {
      Folders.delete(dir);
    }
  }

  private static Map<String, Object> ingestFigures(IngestRunner.Summary s, Nlp.Counts c, double wall, double load,
      HeapPeak heap, long events) {
    Map<String, Object> f = new LinkedHashMap<>();
    int articles = s.stored() + s.reprints();
    f.put("files", s.files());
    f.put("articles", articles);
    f.put("events", events);
    f.put("wall_s", wall);
    f.put("model_load_s", load);
    f.put("articles_per_s", articles / wall);
    f.put("tokens", c.tokens());
    f.put("tokens_per_s", c.tokens() / wall);
    f.put("sentences", c.sentences());
    f.put("sentences_parsed", c.parsed());
    f.put("peak_heap_mb", heap.bytes() >> 20);
    f.put("max_heap_mb", heap.max() >> 20);
    return f;
  }

  private static long eventCount(Path store) {
    try (Store s = Store.open(store)) {
      return s.events(org.dyad.store.EventQuery.all().page(0, Integer.MAX_VALUE)).size();
    }
  }

  private Map<String, Object> baseline(List<Path> files, int n) throws InterruptedException,
      java.util.concurrent.ExecutionException {
    List<String> texts = firstTexts(files, baselineArticles);
    StanfordCoreNLP full = new StanfordCoreNLP(defaultProperties());
    long start = System.nanoTime();
    long cpu = cpuNanos();
    long tokens = annotateAll(full, texts, n);
    double wall = seconds(start);
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("baseline_articles", texts.size());
    f.put("baseline_wall_s", wall);
    f.put("baseline_articles_per_s", texts.size() / wall);
    f.put("baseline_tokens_per_s", tokens / wall);
    f.putAll(cpuFigures("baseline_", texts.size(), cpuSeconds, n));
    return f;
  }

  /** Annotates the texts on {@code n} threads, as the ingest does; returns the number of tokens. */
  private static long annotateAll(StanfordCoreNLP pipeline, List<String> texts, int n) throws InterruptedException,
      java.util.concurrent.ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (String t : texts) {
        done.add(pool.submit(() -> annotate(pipeline, t)));
      }
      long tokens = 0;
      for (Future<Integer> f : done) {
        tokens += f.get();
      }
      return tokens;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Rates per CPU-second of this process, which other load on the machine does not change, and the rate
   * {@code threads} otherwise idle cores would give at that cost.
   */
  private static Map<String, Object> cpuFigures(String prefix, int articles, double cpuSeconds, int threads) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(prefix + "cpu_s", cpuSeconds);
    f.put(prefix + "articles_per_cpu_s", articles / cpuSeconds);
    f.put(prefix + "articles_per_s_on_idle_cores", threads * articles / cpuSeconds);
    return f;
  }

  private static long cpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** CoreNLP's default English pipeline up to the dependency parse, with its default NER settings. */
  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    return p;
  }

  private static int annotate(StanfordCoreNLP pipeline, String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
  }

  /** The texts of the first {@code max} articles the ingest extracts from {@code files}. */
  private static List<String> firstTexts(List<Path> files, int max) {
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
    Extractor extractor = new Extractor(Ingest.repeatedLines(inputs, files));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < files.size() && out.size() < max; i++) {
      inputs.read(files.get(i), doc -> {
        String text = extractor.extract(doc).text();
        if (!text.isBlank() && out.size() < max) {
          out.add(text);
        }
      }, skip -> { });
    }
    return out;
  }

  /** The figures as the command prints them, one a line. */
  static String table(Map<String, Object> figures) {
    StringBuilder b = new StringBuilder("throughput\n");
    figures.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "  %-24s %s%n", k,
        v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : v)));
    return b.toString();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
