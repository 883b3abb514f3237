package org.dyad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class IngestRunnerTest {
  @TempDir Path dir;
  private Path corpus;
  private Path storeDir;
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  public static String story(String headline, String subject) {
    return headline + "\n"
        + "Home | World | Europe\n"
        + subject + " said on Friday that the talks with their partners would go on next week in Geneva, "
        + "officials in both capitals said.\n"
        + "The two sides met for six hours and discussed the " + subject + " proposal in detail, the ministry "
        + "said in a statement after the meeting.\n"
        + "Related News\n";
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    storeDir = dir.resolve("store");
    Files.createDirectories(corpus.resolve("2016-03-25"));
    Files.writeString(corpus.resolve("2016-03-25/a.txt"), story("Russia and US talk", "Russia"));
  }

  private void write(String name, String content) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private void writeMixedFolder() throws IOException {
    write("2016-03-25/a.txt", story("Russia and US talk", "Russia"));
    write("b.txt", story("China and US talk", "China"));
    write("c.txt", story("India and US talk", "India"));
    write("d.html", "<html><head><title>Brazil talks</title></head><body><p>" + story("", "Brazil")
        + "</p></body></html>");
    write("e.jsonl", "{\"text\": " + json(story("Japan talks", "Japan")) + ", \"published\": \"2016-01-02\"}\n"
        + "{\"text\": " + json(story("Korea talks", "Korea")) + "}\n");
    write("empty.txt", "");
    byte[] noise = new byte[2048];
    new Random(1).nextBytes(noise);
    noise[0] = 0;
    Files.write(corpus.resolve("noise.txt"), noise);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private IngestRunner.Summary run() throws InterruptedException {
    Reporter reporter = new Reporter(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    try (Store store = Store.open(storeDir)) {
      Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
      return new IngestRunner(store, inputs, Pipeline.standard(), 2, reporter).run(Inputs.files(List.of(corpus)),
          Progress.none());
    }
  }

  @Test
  void ingestsAMixedFolderAndReportsWhatItSkipped() throws Exception {
    writeMixedFolder();
    IngestRunner.Summary s = run();
    assertEquals(7, s.files());
    assertEquals(6, s.documents());
    assertEquals(6, s.stored());
    assertEquals(0, s.reprints());
    assertEquals(2, s.skipped(), errBytes.toString(StandardCharsets.UTF_8));
    String err = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(err.contains("empty.txt: empty file"), err);
    assertTrue(err.contains("noise.txt: binary content"), err);
    try (Store store = Store.open(storeDir)) {
      assertEquals(6, store.articleCount());
      assertEquals(6, store.sourceCount());
      assertEquals(6, store.search("Geneva", 0, 10).total());
      Article dated = store.articles(0, 10).get(0);
      assertEquals("2016-01-02", dated.published());
      assertEquals("meta", dated.publishedFrom());
    }
  }

  @Test
  void aSecondRunAddsNothing() throws Exception {
    writeMixedFolder();
    run();
    IngestRunner.Summary again = run();
    assertEquals(6, again.documents());
    assertEquals(0, again.stored());
    assertEquals(6, again.alreadyStored());
    try (Store store = Store.open(storeDir)) {
      assertEquals(6, store.articleCount());
      assertEquals(6, store.sourceCount());
      assertEquals(6, store.search("Geneva", 0, 10).total());
    }
  }

  @Test
  void theDateInThePathIsUsedWhenThePageHasNone() throws Exception {
    write("2016-03-25/a.txt", story("Russia and US talk", "Russia"));
    run();
    try (Store store = Store.open(storeDir)) {
      Article a = store.articles(0, 1).get(0);
      assertEquals("2016-03-25", a.published());
      assertEquals("filename", a.publishedFrom());
    }
  }

  @Test
  void aReprintInAnotherFileIsStoredOnceAndCountedAsAReprint() throws Exception {
    write("2016-03-25/a.txt", story("Russia and US talk", "Russia"));
    write("copy.txt", "Share this\n" + story("Russia and US talk", "Russia") + "Copyright 2016 Somebody\n");
    IngestRunner.Summary s = run();
    assertEquals(2, s.documents());
    assertEquals(1, s.stored());
    assertEquals(1, s.reprints());
    try (Store store = Store.open(storeDir)) {
      assertEquals(1, store.articleCount());
      assertEquals(2, store.sourceCount());
    }
  }

  @Test
  void theSameFileTwiceInOneRunIsADuplicateWithinTheRunNotAStoredOne() throws Exception {
    write("again/a.txt", story("Russia and US talk", "Russia"));
    IngestRunner.Summary s = run();
    assertEquals(2, s.documents());
    assertEquals(1, s.stored());
    assertEquals(0, s.reprints());
    assertEquals(0, s.alreadyStored(), "the store held nothing before this run");
    assertEquals(1, s.duplicates());
    assertTrue(s.line().contains("0 already in the store, 1 duplicates within this run"), s.line());
    IngestRunner.Summary again = run();
    assertEquals(1, again.alreadyStored(), "on the next run the first copy was stored before");
    assertEquals(1, again.duplicates(), "and the second is still a copy within the run");
  }

  @Test
  void aLargeTextKeptInPartIsStoredAndReportedAsAWarningThatNamesIt() throws Exception {
    StringBuilder menu = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      menu.append("| Home | World | Sport | ").append(i).append(" | Login | Share |\n");
    }
    write("huge.txt", menu + "\n" + story("China and US talk", "China") + "\n" + menu);
    IngestRunner.Summary s = run();
    assertEquals(2, s.stored());
    assertEquals(1, s.warnings());
    String err = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(err.contains("warning " + corpus.resolve("huge.txt") + ": kept 0.1 % of 467 kB"), err);
  }

  @Test
  void aPageWithoutAnArticleIsSkippedWithAReason() throws Exception {
    Files.delete(corpus.resolve("2016-03-25/a.txt"));
    write("menu.txt", "Home | World | Europe\nLogin\nSearch\n");
    IngestRunner.Summary s = run();
    assertEquals(0, s.stored());
    assertEquals(1, s.skipped());
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("menu.txt: no article text found"));
  }
}
