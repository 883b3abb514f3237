package org.dyad.app.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.app.ingest.Ingest;
import org.dyad.app.ingest.IngestRunner;
import org.dyad.app.serve.Server;
import org.dyad.store.ActorCounts;
import org.dyad.store.Store;

/**
 * {@code dyad eval scale DATA}: a store grown block by block from DATA's files copied under fresh article ids,
 * with the ingest rate and heap of each block, then the REST reads timed on it; and a generated events table of
 * its own for the series query. Figures only: nothing here is asserted.
 */
public final class EvalScale {
  // the dyads the generated table spreads its events over, so one dyad's series reads 1/DYADS of it
  private static final String[] ACTORS = {"USA", "RUS", "CHN", "IRN", "SYR", "ISR", "PSE", "UKR", "TUR", "EGY"};
  // ten of dyad's sixteen PLOVER types (model/quad.tsv), four cooperative and six conflictual
  private static final String[] TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST", "THREATEN", "PROTEST",
      "SANCTION", "ASSAULT", "COERCE"};

  /**
   * What to build and time.
   *
   * @param data the corpus folder whose files are copied
   * @param files its files, in reading order
   * @param articles how many documents the ingest store grows to
   * @param block documents a block
   * @param events rows of the generated events table (0: none)
   * @param queries requests timed a route
   * @param threads pipeline threads
   * @param batches batches the writer adds to the generated store, each timed (0: none)
   */
  public record Options(Path data, List<Path> files, int articles, int block, int events, int queries, int threads,
      int batches) {}

  private EvalScale() {}

  /** Runs the benchmark in a temporary folder, deleted afterwards. */
  public static Report report(Options o) throws IOException, InterruptedException, SQLException {
    Map<String, Object> figures = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder("scale\n");
    Path tmp = Files.createTempDirectory("dyad-scale");
    try {
      Path store = tmp.resolve("store");
      List<Map<String, Object>> blocks = grow(o, tmp, store, text);
      figures.put("blocks", blocks);
      figures.put("ingest_store", timeReads(store, o.queries(), text));
      if (o.events() > 0) {
        Path generated = tmp.resolve("generated");
        figures.put("generated_store", generate(generated, o, text));
      }
    } finally {
      Folders.delete(tmp);
    }
    return new Report(text.toString(), figures);
  }

  private static List<Map<String, Object>> grow(Options o, Path tmp, Path store, StringBuilder text)
      throws IOException, InterruptedException {
    List<Map<String, Object>> blocks = new ArrayList<>();
    text.append(String.format(Locale.ROOT, "  %-6s %9s %9s %10s %10s %12s%n", "block", "documents", "in store",
        "articles/s", "peak MB", "live MB"));
    for (int first = 0; first < o.articles(); first += o.block()) {
      int n = Math.min(o.block(), o.articles() - first);
      Path dir = tmp.resolve("block");
      List<Path> copies = copies(o, dir, first, n);
      System.gc();
      IngestRunner.Summary s;
      long peak;
      try (HeapPeak heap = HeapPeak.start()) {
        s = Ingest.run(Ingest.Options.of(store, List.of(dir), copies).withThreads(o.threads()));
        peak = heap.bytes() >> 20;
      }
      Folders.delete(dir);
      blocks.add(block(blocks.size() + 1, first + n, s, peak, text));
    }
    return blocks;
  }

  private static Map<String, Object> block(int number, int total, IngestRunner.Summary s, long peakMb,
      StringBuilder text) {
    System.gc();
    var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("block", number);
    b.put("documents", s.documents());
    b.put("documents_in_store", total);
    b.put("articles_per_s", (s.stored() + s.reprints()) * 1000.0 / Math.max(1, s.millis()));
    b.put("peak_heap_mb", peakMb);
    b.put("live_heap_after_gc_mb", heap.getUsed() >> 20);
    text.append(String.format(Locale.ROOT, "  %-6d %9d %9d %10.2f %10d %12d%n", number, s.documents(), total,
        b.get("articles_per_s"), peakMb, heap.getUsed() >> 20));
    return b;
  }

  /**
   * Documents {@code first}..{@code first + n - 1} of the endless sequence that repeats the corpus, each written
   * under {@code dir} with a closing line naming its copy, so every copy is an article of its own.
   */
  private static List<Path> copies(Options o, Path dir, int first, int n) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int i = first; i < first + n; i++) {
      Path source = o.files().get(i % o.files().size());
      int copy = i / o.files().size();
      Path target = dir.resolve("copy" + copy).resolve(o.data().relativize(source));
      Files.createDirectories(target.getParent());
      String content = Files.readString(source, StandardCharsets.UTF_8);
      Files.writeString(target, content + "\n\nScale copy " + copy + " of document " + i + ".\n");
      out.add(target);
    }
    return out;
  }

  /** p50 and p95 of the three read routes over {@code store}, the most frequent dyads asked in turn. */
  private static Map<String, Object> timeReads(Path storeDir, int queries, StringBuilder text)
      throws IOException, InterruptedException {
    Map<String, Object> f = new LinkedHashMap<>();
    try (Store store = Store.openReading(storeDir); Server server = Server.start(store, Server.LOCALHOST, 0)) {
      List<String> dyads = store.actorCounts().dyads().stream().limit(10).map(d -> d.a() + ":" + d.b()).toList();
      f.put("articles", store.articleCount());
      f.put("events", store.eventCount()); // counted in DuckDB: a large store's events are never all in memory
      text.append(String.format(Locale.ROOT, "  store: %d articles, %d events%n", f.get("articles"), f.get("events")));
      HttpClient http = HttpClient.newHttpClient();
      for (String route : List.of("series", "events", "timeline")) {
        f.put(route, time(http, server.url(), route, dyads, queries, text));
      }
    }
    return f;
  }

  private static Map<String, Object> time(HttpClient http, String base, String route, List<String> dyads,
      int queries, StringBuilder text) throws IOException, InterruptedException {
    double[] millis = new double[queries];
    for (int i = -2; i < queries; i++) { // two warm-up requests
      String dyad = dyads.isEmpty() ? "USA:RUS" : dyads.get(Math.floorMod(i, dyads.size()));
      String query = "dyad=" + dyad + (route.equals("events") ? "&limit=100&offset=" + 100 * Math.max(0, i) : "");
      long start = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/api/" + route + "?" + query))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("/api/" + route + "?" + query + " answered " + r.statusCode() + ": " + r.body());
      }
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("p50_ms", percentile(millis, 0.50));
    f.put("p95_ms", percentile(millis, 0.95));
    text.append(String.format(Locale.ROOT, "  /api/%-9s p50 %7.1f ms   p95 %7.1f ms%n", route, f.get("p50_ms"),
        f.get("p95_ms")));
    return f;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /**
   * An embedded store whose events table holds {@code o.events()} generated events, timed on /api/series; then the
   * writer's batches added to it, each timed, and /api/series timed again over the store they grew.
   */
  private static Map<String, Object> generate(Path dir, Options o, StringBuilder text)
      throws IOException, InterruptedException, SQLException {
    int rows = o.events();
    Store.open(dir).close(); // the schema
    long start = System.nanoTime();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("dyad.duckdb").toAbsolutePath());
        Statement s = db.createStatement()) {
      s.execute(generatedEvents(rows));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    text.append(String.format(Locale.ROOT, "  generated: %d events in %.1f s%n", rows, seconds));
    // written behind the store's back, so its series copy is built at the next open, as for an older store
    start = System.nanoTime();
    Store.open(dir).close();
    double copy = (System.nanoTime() - start) / 1e9;
    text.append(String.format(Locale.ROOT, "  series copy built (sorted by dyad) in %.1f s%n", copy));
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("events", rows);
    f.put("generate_s", seconds);
    f.put("series_copy_s", copy);
    f.put("series", timeSeries(dir, o.queries(), text));
    if (o.batches() > 0) {
      f.put("writer", ScaleBatches.append(dir, o.batches(), ACTORS, TYPES, text));
      f.put("series_after_batches", timeSeries(dir, o.queries(), text));
    }
    return f;
  }

  private static Map<String, Object> timeSeries(Path dir, int queries, StringBuilder text)
      throws IOException, InterruptedException {
    try (Store store = Store.openReading(dir); Server server = Server.start(store, Server.LOCALHOST, 0)) {
      List<String> dyads = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        dyads.add(ACTORS[i] + ":" + ACTORS[(i + 1) % ACTORS.length]);
      }
      return time(HttpClient.newHttpClient(), server.url(), "series", dyads, queries, text);
    }
  }

  /**
   * Events over 2000-2019 between ten actors, ten PLOVER types, day dates, one story in ten shared; the columns a
   * series reads are filled, the rest left empty.
   */
  private static String generatedEvents(int rows) {
    String actors = "['" + String.join("','", ACTORS) + "']";
    String types = "['" + String.join("','", TYPES) + "']";
    return """
        INSERT INTO events (id, article_id, sentence, source_code, source_name, target_code, target_name, plover,
          intensity, status, date, date_precision, date_start, date_end, story_id, confidence)
        SELECT 'g' || i, 'a' || (i // 8), 'generated', s, s, t, t, p, CASE WHEN p IN ('CONSULT','AGREE',
            'COOPERATE','AID') THEN 4.0 ELSE -6.0 END, 'occurred', strftime(d, '%%Y-%%m-%%d'), 'day', d, d,
          's' || (i // 10), 0.9
        FROM (SELECT i, %1$s[1 + (i %% 10)::INT] AS s, %1$s[1 + ((i // 10 + 1 + i %% 10) %% 10)::INT] AS t,
            %2$s[1 + ((i * 7) %% 10)::INT] AS p, DATE '2000-01-01' + ((i * 2654435761) %% 7300)::INT AS d
          FROM range(%3$d) r(i))
        """.formatted(actors, types, rows);
  }
}
