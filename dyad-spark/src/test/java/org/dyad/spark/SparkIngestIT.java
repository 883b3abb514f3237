package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.dyad.app.Main;
import org.dyad.export.Exports;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.stories.StoryLinker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Runs the Spark job in local mode on a WARC and a JSONL file we write here, and checks that its Parquet events
 * are the embedded pipeline's events on the same input, and that {@code dyad events} reads them.
 */
class SparkIngestIT {
  // four short reports in our own words (two of the same meeting) about real public events of US–Russia relations
  private static final String[][] ARTICLES = {
      {"2012-11-21", "Lavrov and Clinton meet in Phnom Penh",
          "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Hillary Clinton met on Tuesday on the "
              + "sidelines of the East Asia Summit in Phnom Penh, but made no visible progress on Syria.\n\n"
              + "Lavrov told reporters after the meeting that Moscow rejected any outside demand that President "
              + "Bashar al-Assad step down."},
      {"2014-03-18", "Washington sanctions Russian officials over Crimea",
          "The United States imposed sanctions on seven Russian officials on Monday over the annexation of "
              + "Crimea, freezing their assets and banning them from travel.\n\n"
              + "Russia condemned the sanctions on Tuesday and said it would respond in kind."},
      {"2013-02-03", "Biden and Lavrov talk in Munich",
          "U.S. Vice President Joe Biden met Russian Foreign Minister Sergei Lavrov on Saturday at the Munich "
              + "Security Conference.\n\nThe two men discussed Syria and missile defence, officials said."},
      {"2012-11-22", "Clinton sees Lavrov in Cambodia",
          "U.S. Secretary of State Hillary Clinton met Russian Foreign Minister Sergei Lavrov in Phnom Penh on "
              + "Tuesday, and the two sides again disagreed over Syria.\n\nNeither side announced a new initiative."}};

  @TempDir static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("dyad-it").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theJobOnAWarcFileWritesTheEmbeddedPipelinesEvents() throws IOException {
    Path in = Files.createDirectories(dir.resolve("warc-in"));
    writeWarc(in.resolve("news.warc.gz"));
    Path out = dir.resolve("warc-out");
    SparkIngest.Summary s = SparkIngest.run(spark, in.toUri().toString(), out.toString(), 2);
    assertEquals(ARTICLES.length, s.articles(), s.toString());
    assertSameEvents(embeddedEvents(in), parquetEvents(out));
  }

  @Test
  void theJobOnJsonlWritesTheEmbeddedPipelinesEventsAndTheReadingCommandsReadThem() throws IOException {
    Path in = Files.createDirectories(dir.resolve("jsonl-in"));
    writeJsonl(in.resolve("news.jsonl"));
    Path out = dir.resolve("jsonl-out");
    SparkIngest.run(spark, in.toString(), out.toString(), 2, Exports.names());
    List<Event> expected = embeddedEvents(in);
    assertSameEvents(expected, parquetEvents(out));
    String printed = dyadEvents(out, "USA:RUS");
    List<Event> dyadic = expected.stream().filter(SparkIngestIT::usaRus).toList();
    assertFalse(dyadic.isEmpty(), "the articles should give USA–RUS events");
    dyadic.forEach(e -> assertTrue(printed.contains(e.id()), e.id() + " missing from:\n" + printed));
    assertEquals(dyadic.size(), printed.lines().count(), printed);
    assertEquals(0, Main.execute("series", "--store", out.toString(), "--dyad", "USA:RUS", "--by", "year"));
    assertEquals(0, Main.execute("timeline", "--store", out.toString(), "--dyad", "USA:RUS"));
    for (String f : Exports.names()) {
      assertExportedAsTheCommandDoes(out, f, expected.size());
    }
  }

  /** The job's {@code events.F/} parts hold the lines (Parquet: the rows) {@code dyad events --format F} writes. */
  private static void assertExportedAsTheCommandDoes(Path out, String format, int events) throws IOException {
    Path parts = out.resolve("events." + format);
    Path cli = dir.resolve("cli-" + format);
    assertEquals(0, Main.execute("events", "--store", out.toString(), "--format", format, "--output", cli.toString()));
    if (format.equals("parquet")) {
      String glob = parts.resolve("*.parquet").toString();
      assertEquals(duck("SELECT * FROM read_parquet('" + cli + "') ORDER BY id"),
          duck("SELECT * FROM read_parquet('" + glob + "') ORDER BY id"), "Parquet rows of job and command");
      assertEquals(events, duck("SELECT id FROM read_parquet('" + glob + "')").size());
      return;
    }
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(parts)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    List<String> expected = Files.readAllLines(cli);
    assertEquals(new TreeSet<>(expected), new TreeSet<>(lines), format);
    assertEquals(events, new TreeSet<>(lines).size() - (expected.size() - events), format + ": one line an event");
  }

  private static List<String> duck(String sql) {
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement();
        var r = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append('|');
        }
        rows.add(b.toString());
      }
      return rows;
    } catch (java.sql.SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  private static boolean usaRus(Event e) {
    String s = e.source() == null ? null : e.source().code();
    String t = e.target() == null ? null : e.target().code();
    return ("USA".equals(s) && "RUS".equals(t)) || ("RUS".equals(s) && "USA".equals(t));
  }

  /** Events as comparable lines (ids, codes, actors, status and dates), and the same stories. */
  private static void assertSameEvents(List<Event> expected, List<Event> actual) {
    assertFalse(expected.isEmpty(), "the embedded pipeline found no events");
    assertEquals(keys(expected), keys(actual));
    assertEquals(new TreeMap<>(stories(expected)),
        new TreeMap<>(actual.stream().collect(Collectors.toMap(Event::id, Event::storyId))));
    long meetings = actual.stream().filter(e -> e.plover().equals("CONSULT") && "2012-11-20".equals(e.date()))
        .map(Event::storyId).distinct().count();
    assertEquals(1, meetings, "two reports of the Lavrov–Clinton meeting are one story: " + actual);
  }

  /** The embedded stories stage over the events in reading order, the order the embedded writer links in. */
  private static Map<String, String> stories(List<Event> events) {
    return new StoryLinker(List.of()).link(events).stream().collect(Collectors.toMap(Event::id, Event::storyId));
  }

  private static TreeSet<String> keys(List<Event> events) {
    TreeSet<String> out = new TreeSet<>();
    for (Event e : events) {
      out.add(String.join("|", e.id(), e.articleId(), String.valueOf(e.sentenceIndex()), e.cameo(), e.plover(),
          String.valueOf(e.source()), String.valueOf(e.target()), e.status(), e.date(), e.datePrecision(),
          String.valueOf(e.intensity()), String.valueOf(e.location()), String.valueOf(e.confidence())));
    }
    return out;
  }

  private static List<Event> embeddedEvents(Path folder) {
    Pipeline pipeline = Pipeline.standard();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
    List<Event> out = new ArrayList<>();
    for (Path f : Inputs.files(List.of(folder))) {
      inputs.read(f, doc -> out.addAll(pipeline.process(doc).events()), skip -> { });
    }
    return out;
  }

  private static List<Event> parquetEvents(Path out) {
    try (Store store = Store.openParquet(out)) {
      return store.events(EventQuery.all());
    }
  }

  private static String dyadEvents(Path store, String dyad) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      assertEquals(0, Main.execute("events", "--store", store.toString(), "--dyad", dyad));
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void writeWarc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (int i = 0; i < ARTICLES.length; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html(ARTICLES[i]).getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example/" + i)).body(http).build());
      }
    }
  }

  private static String html(String[] a) {
    StringBuilder b = new StringBuilder("<html><head><title>").append(a[1]).append("</title>")
        .append("<meta property=\"article:published_time\" content=\"").append(a[0]).append("\">")
        .append("</head><body><nav>Home | World | Europe</nav><article><h1>").append(a[1]).append("</h1>");
    for (String p : a[2].split("\n\n")) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article><footer>Copyright News Example</footer></body></html>").toString();
  }

  private static void writeJsonl(Path file) throws IOException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder b = new StringBuilder();
    for (String[] a : ARTICLES) {
      b.append(mapper.writeValueAsString(java.util.Map.of("published", a[0], "title", a[1], "text", a[2],
          "outlet", "News Example"))).append('\n');
    }
    Files.writeString(file, b.toString());
  }
}
