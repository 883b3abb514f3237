package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.dyad.app.ingest.Ingest;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventColumns;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded ingest and the Spark job (local mode) on one mixed folder we write here: four text dumps of one
 * site that share a furniture line, one of them a lightly edited reprint of another, an HTML page and a JSONL
 * file. Both must store the same events, column for column (ids, codes, dates, story ids), and mark the same
 * reprints.
 */
class SparkEmbeddedParityIT {
  // a short line the site puts on every page; read as a sentence it would be coded as a US–Russia meeting
  private static final String FURNITURE = "Obama and Putin met in Moscow on Monday, says our video archive.";
  private static final String MEETING = "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Hillary "
      + "Clinton met on Tuesday on the sidelines of the East Asia Summit in Phnom Penh, but made no visible progress "
      + "on Syria.\n\nLavrov told reporters after the meeting that Moscow rejected any outside demand that President "
      + "Bashar al-Assad step down, and he said Russia would block any resolution of the Security Council that "
      + "opened the way to foreign intervention.\n\nClinton said Washington would keep working with its partners "
      + "on a transition in Damascus and would send more humanitarian aid to the refugees in Jordan and Turkey.";

  @TempDir static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("dyad-parity-it").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theJobAndTheEmbeddedIngestStoreTheSameEventsStoriesAndReprints() throws Exception {
    Path in = writeInput(dir.resolve("in"));
    Path store = dir.resolve("store");
    Ingest.run(Ingest.Options.of(store, List.of(in), Inputs.files(List.of(in))).withThreads(2));
    Path out = dir.resolve("out");
    SparkIngest.run(spark, in.toString(), out.toString(), 2);

    List<Event> embedded = events(Store.open(store, false));
    List<Event> job = events(Store.openParquet(out));
    assertFalse(embedded.isEmpty(), "the embedded ingest found no events");
    assertEquals(rows(embedded), rows(job));
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    assertEquals(reprints(DriverManager.getConnection("jdbc:duckdb:" + store.resolve("dyad.duckdb"), readOnly),
        "articles"), reprints(DriverManager.getConnection("jdbc:duckdb:"), "read_parquet('"
        + out.resolve("articles/*.parquet") + "')"));

    assertTrue(embedded.stream().noneMatch(e -> e.sentence().contains("video archive")),
        "the furniture line is no article's text: " + embedded);
    long meetingStories = job.stream().filter(e -> e.plover().equals("CONSULT") && "2012-11-20".equals(e.date()))
        .map(Event::storyId).distinct().count();
    assertEquals(1, meetingStories, "the report, its reprint and the HTML page are one story: " + job);
  }

  @Test
  void withoutTheRepeatedLinesPassTheFurnitureLineWouldBeCoded() throws IOException {
    Path page = writeInput(dir.resolve("alone")).resolve("site/1-sanctions.txt");
    List<Event> events = new java.util.ArrayList<>();
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE).read(page,
        doc -> events.addAll(Pipeline.standard().process(doc).events()), skip -> { });
    assertTrue(events.stream().anyMatch(e -> e.sentence().contains("video archive")),
        "the fixture's furniture line should be coded when nothing removes it: " + events);
  }

  private static List<Event> events(Store store) {
    try (store) {
      return store.events(EventQuery.all());
    }
  }

  /** Every stored column of every event, one line an event. */
  private static TreeSet<String> rows(List<Event> events) {
    return events.stream().map(e -> Arrays.toString(EventColumns.row(e)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Article id to the id of the article it reprints (empty when none). */
  private static Map<String, String> reprints(Connection db, String articles) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (db; Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT id, coalesce(duplicate_of, '') FROM " + articles)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    assertEquals(7, out.size(), "four text dumps, a page and two JSONL records: " + out);
    assertEquals(1, out.values().stream().filter(v -> !v.isEmpty()).count(), "one edited reprint: " + out);
    return out;
  }

  /**
   * The mixed folder; file names put the latest report first, so linking in reading order and in publication order
   * would differ.
   */
  private static Path writeInput(Path in) throws IOException {
    Path site = Files.createDirectories(in.resolve("site"));
    dump(site.resolve("1-sanctions.txt"), "Washington sanctions Russian officials over Crimea", "2014-03-18 09:12",
        "The United States imposed sanctions on seven Russian officials on Monday over the annexation of Crimea, "
            + "freezing their assets and banning them from travel.\n\nRussia condemned the sanctions on Tuesday and "
            + "said it would respond in kind.");
    dump(site.resolve("2-meeting.txt"), "Lavrov and Clinton meet in Phnom Penh", "2012-11-21 08:30", MEETING);
    dump(site.resolve("3-munich.txt"), "Biden and Lavrov talk in Munich", "2013-02-03 18:05",
        "U.S. Vice President Joe Biden met Russian Foreign Minister Sergei Lavrov on Saturday at the Munich Security "
            + "Conference.\n\nThe two men discussed Syria and missile defence, officials said.");
    dump(site.resolve("4-meeting-reprint.txt"), "Lavrov, Clinton meet in Phnom Penh", "2012-11-21 11:02",
        MEETING.replace("made no visible progress", "made little progress").replace("more humanitarian", "further"));
    Files.writeString(in.resolve("page.html"), "<html><head><title>Clinton sees Lavrov in Cambodia</title>"
        + "<meta property=\"article:published_time\" content=\"2012-11-22\"></head><body><nav>Home | World</nav>"
        + "<article><h1>Clinton sees Lavrov in Cambodia</h1><p>U.S. Secretary of State Hillary Clinton met Russian "
        + "Foreign Minister Sergei Lavrov in Phnom Penh on Tuesday, and the two sides again disagreed over Syria."
        + "</p><p>Neither side announced a new initiative.</p></article><footer>Copyright News Example</footer>"
        + "</body></html>");
    Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
        "{\"published\": \"2013-07-12\", \"title\": \"Obama calls Putin\", \"outlet\": \"Wire Example\", \"text\": "
            + "\"U.S. President Barack Obama spoke with Russian President Vladimir Putin by telephone on Friday "
            + "about the case of Edward Snowden, the White House said.\"}",
        "{\"published\": \"2014-03-19\", \"title\": \"Moscow answers Washington\", \"outlet\": \"Wire Example\", "
            + "\"text\": \"Russia on Wednesday barred nine U.S. officials and lawmakers from entering the country in "
            + "answer to the sanctions Washington imposed over Crimea.\"}") + "\n");
    return in;
  }

  private static void dump(Path file, String title, String updated, String body) throws IOException {
    Files.writeString(file, title + "\n\nUpdated: " + updated + "\n\n" + FURNITURE + "\n\n" + body
        + "\n\nCopyright Site Example. All rights reserved.\n");
  }
}
