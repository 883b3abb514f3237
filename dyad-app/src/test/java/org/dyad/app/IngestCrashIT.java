package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.app.ingest.IngestRunnerTest;
import org.dyad.store.SearchPage;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real {@code dyad ingest} process after it committed a batch, reruns it, and checks the store. */
class IngestCrashIT {
  private static final int DISTINCT = 1900;
  private static final int REPRINTS = 100;

  @TempDir Path dir;

  @Test
  void aKilledIngestResumesWithNothingLostOrDuplicated() throws Exception {
    Path corpus = writeCorpus(dir.resolve("corpus"));
    Path store = dir.resolve("store");

    Process first = start(corpus, store);
    boolean killedMidRun = waitForSecondIndexCommit(store.resolve("index"), first);
    first.destroyForcibly();
    first.waitFor(30, TimeUnit.SECONDS);
    assertTrue(killedMidRun, "the first run finished before it could be killed; make the corpus larger");
    assertNotEquals(0, first.exitValue());
    assertCommittedArticlesAreWhole(store);

    Process second = start(corpus, store);
    assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the rerun did not finish");
    String summary = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, second.exitValue(), summary);

    try (Store s = Store.openReading(store)) {
      assertEquals(DISTINCT, s.articleCount());
      assertEquals(DISTINCT + REPRINTS, s.sourceCount());
      SearchPage page = s.search("Geneva", 0, DISTINCT + 100);
      assertEquals(DISTINCT, page.total());
      Set<String> ids = new HashSet<>();
      page.hits().forEach(h -> assertTrue(ids.add(h.id()), "duplicate hit " + h.id()));
      assertEquals(DISTINCT, ids.size());
    }

    Process third = start(corpus, store);
    assertTrue(third.waitFor(120, TimeUnit.SECONDS));
    String again = new String(third.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(again.contains(": 0 articles stored"), again);
    assertTrue(again.contains((DISTINCT + REPRINTS) + " already in the store"), again);
  }

  /** The store opens after the kill; each article in it is whole, with its source, and found by search. */
  private static void assertCommittedArticlesAreWhole(Path store) {
    try (Store s = Store.openReading(store)) {
      long stored = s.articleCount();
      assertTrue(stored > 0 && stored < DISTINCT, stored + " articles after the kill");
      assertTrue(s.sourceCount() >= stored, s.sourceCount() + " sources for " + stored + " articles");
      for (org.dyad.model.Article a : s.articles(0, DISTINCT)) {
        String delegation = a.text().substring(0, a.text().indexOf(' ', "Delegation ".length()));
        assertTrue(a.text().startsWith("Delegation ") && a.text().endsWith("after the meeting."), a.text());
        assertTrue(a.text().contains("discussed the " + delegation + " proposal"), a.text());
      }
      assertEquals(stored, s.search("Geneva", 0, DISTINCT).total());
    }
  }

  private static Path writeCorpus(Path corpus) throws IOException {
    for (int i = 0; i < DISTINCT; i++) {
      Path file = corpus.resolve(String.format("%02d/%04d.txt", i % 20, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, IngestRunnerTest.story("Talks round " + i, "Delegation " + i));
    }
    for (int i = 0; i < REPRINTS; i++) {
      Path file = corpus.resolve(String.format("reprints/%04d.txt", i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Share this\n" + IngestRunnerTest.story("Talks round " + i, "Delegation " + i));
    }
    return corpus;
  }

  private static Process start(Path corpus, Path store) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = List.of(java, "-cp", classpath, "org.dyad.app.Main", "ingest", corpus.toString(),
        "--store", store.toString(), "--threads", "2", "--quiet", "--no-events");
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
  }

  /**
   * Waits until Lucene committed twice after opening: the index is committed after DuckDB, so by then two
   * batches are in DuckDB and the third is on its way. False if the process ended first.
   */
  private static boolean waitForSecondIndexCommit(Path index, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        return false;
      }
      if (generation(index) >= 3) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  private static long generation(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
    } catch (java.io.UncheckedIOException | NumberFormatException e) {
      return 0; // a file vanished or was half-written while listing; look again
    }
  }
}
