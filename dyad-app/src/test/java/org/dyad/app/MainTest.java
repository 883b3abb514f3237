package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.ingest.IngestRunnerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldErr;
  private PrintStream oldOut;

  @BeforeEach
  void capture() {
    oldErr = System.err;
    oldOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
    System.setOut(oldOut);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommandIsOneLineNamingDyadOnceWithExitCode2() {
    assertEquals(2, Main.execute("frobnicate"));
    assertEquals("dyad: Unmatched argument at index 0: 'frobnicate'. Try 'dyad --help'.", err().strip());
  }

  @Test
  void aBadOptionOfANestedCommandNamesItsFullPath() {
    assertEquals(2, Main.execute("eval", "seeds", "--frob"));
    String line = err().strip();
    assertFalse(line.contains("\n"), "one line: " + line);
    assertTrue(line.startsWith("dyad eval seeds: ") && line.endsWith("Try 'dyad eval seeds --help'."), line);
  }

  @Test
  void everyCommandsSummaryInTheHelpListIsAWholeSentence() {
    java.util.List<String> cut = new java.util.ArrayList<>();
    summaries(new picocli.CommandLine(new org.dyad.app.cli.Dyad()), cut);
    assertEquals(java.util.List.of(), cut, "summaries that stop mid-sentence in 'dyad --help'");
  }

  /** The first description line of each command below {@code cli}: what the parent's help lists. */
  private static void summaries(picocli.CommandLine cli, java.util.List<String> cut) {
    for (picocli.CommandLine sub : cli.getSubcommands().values()) {
      String[] d = sub.getCommandSpec().usageMessage().description();
      String first = d.length == 0 ? "" : d[0];
      if (!first.strip().matches("(?s).*[.)]$") && !sub.getCommandName().equals("help")) {
        cut.add(sub.getCommandSpec().qualifiedName() + ": " + first);
      }
      summaries(sub, cut);
    }
  }

  @Test
  void ingestWithoutAStoreIsBadUsage() {
    assertEquals(2, Main.execute("ingest", dir.toString()));
    assertTrue(err().contains("--store"), err());
  }

  @Test
  void anUnknownTimelineMethodOrAMethodForADyadIsBadUsage() throws IOException {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    assertEquals(2, Main.execute("timeline", "--store", store.toString(), "--method", "busiest"));
    assertTrue(err().contains("--method must be mentions, share or baseline, got 'busiest'"), err());
    assertEquals(2, Main.execute("timeline", "--store", store.toString(), "--dyad", "USA:RUS", "--method", "share"));
    assertTrue(err().contains("a dyad's timeline (--dyad) is built from its coded stories"), err());
  }

  @Test
  void ingestReportsWhatTheListingSkippedAndCountsItInTheSummary() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("1.txt"), IngestRunnerTest.story("Talks in Geneva", "Delegation"));
    Files.createSymbolicLink(corpus.resolve("broken.txt"), corpus.resolve("nowhere.txt"));
    assertEquals(0, Main.execute("ingest", corpus.toString(), "--store", dir.resolve("store").toString(),
        "--no-events"));
    assertTrue(err().contains("skipped " + corpus.resolve("broken.txt") + ": broken symbolic link"), err());
    assertTrue(err().contains("1 articles stored") && err().contains("1 skipped"), err());
  }

  @Test
  void ingestAloneIsBadUsage() {
    assertEquals(2, Main.execute("ingest"));
    assertTrue(err().contains("Try 'dyad ingest --help'."), err());
  }

  @Test
  void ingestWithoutPathsIsBadUsage() {
    assertEquals(2, Main.execute("ingest", "--store", dir.resolve("s").toString()));
  }

  @Test
  void aMissingPathIsBadInputWithOneLineNamingIt() {
    Path missing = dir.resolve("no-such-folder");
    Path store = dir.resolve("store");
    assertEquals(2, Main.execute("ingest", missing.toString(), "--store", store.toString()));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains(missing.toString()), err());
    assertFalse(err().contains("Exception"), err());
    assertFalse(Files.exists(store), "the store was created before the input was checked");
  }

  @Test
  void zeroThreadsIsBadUsage() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "x");
    assertEquals(2, Main.execute("ingest", dir.resolve("a.txt").toString(), "--store", dir.resolve("s").toString(),
        "--threads", "0"));
    assertTrue(err().contains("--threads"), err());
  }

  @Test
  void aNonNumericThreadCountIsBadUsage() {
    assertEquals(2, Main.execute("ingest", dir.toString(), "--store", dir.resolve("s").toString(), "--threads", "x"));
  }

  @Test
  void aBadPublishedFromFileIsBadInputNamingTheLine() throws IOException {
    Path csv = Files.writeString(dir.resolve("dates.csv"), "a.txt,yesterday\n");
    Files.writeString(dir.resolve("a.txt"), "x");
    assertEquals(2, Main.execute("ingest", dir.resolve("a.txt").toString(), "--store", dir.resolve("s").toString(),
        "--published-from", csv.toString()));
    assertTrue(err().contains(csv + ":1"), err());
  }

  @Test
  void anUnknownCommandIsBadUsage() {
    assertEquals(2, Main.execute("frobnicate"));
  }

  @Test
  void helpSucceeds() {
    assertEquals(0, Main.execute("ingest", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--store"));
  }

  @Test
  void extractPrintsOneArticleLinePerDocument() throws IOException {
    Files.writeString(dir.resolve("a.txt"), IngestRunnerTest.story("Russia and US talk", "Russia"));
    Files.writeString(dir.resolve("empty.txt"), "");
    assertEquals(0, Main.execute("extract", dir.toString()));
    String json = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, json.lines().count(), json);
    assertTrue(json.contains("\"title\":\"Russia and US talk\""), json);
    assertTrue(json.contains("\"source_path\""), json);
    assertTrue(err().contains("empty.txt: empty file"), err());
  }

  @Test
  void ingestPrintsASummaryAndSucceeds() throws IOException {
    Files.writeString(dir.resolve("a.txt"), IngestRunnerTest.story("Russia and US talk", "Russia"));
    assertEquals(0, Main.execute("ingest", dir.resolve("a.txt").toString(), "--store", dir.resolve("s").toString(),
        "--threads", "1"));
    assertTrue(err().contains("1 articles stored"), err());
  }

  @Test
  void aStoreBeingWrittenIsBadInputWithOneLineThatSaysWhatToDo() throws IOException {
    Files.writeString(dir.resolve("a.txt"), IngestRunnerTest.story("Russia and US talk", "Russia"));
    Path storeDir = dir.resolve("s");
    try (org.dyad.store.Store open = org.dyad.store.Store.open(storeDir)) {
      assertEquals(2, Main.execute("ingest", dir.resolve("a.txt").toString(), "--store", storeDir.toString()));
      assertEquals(1, err().strip().lines().count(), err());
      assertTrue(err().startsWith("dyad ingest: store " + storeDir + " is being written by another dyad ingest"),
          err());
      assertTrue(err().contains("--wait"), err());
      assertEquals(0, open.articleCount());
    }
  }
}
