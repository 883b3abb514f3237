package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.EventActor;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes table: round trip, reruns, stores written before it existed, and the Parquet store. */
class QuoteStoreTest {
  private static final String TEXT = "\"We are ready,\" Lavrov said. Analysts said the talks may resume soon.";
  private static final Quote DIRECT = new Quote("q-1", "a1", "We are ready", "direct", List.of(1, 13), 0,
      new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"), "said", List.of(16, 22));
  private static final Quote REPORTED = new Quote("q-2", "a1", "the talks may resume soon", "reported",
      List.of(43, 68), 1, new EventActor("Analysts", null, null, "EDU"), "said", List.of(29, 37));
  private static final Quote UNKNOWN = new Quote("q-3", "a1", "may resume", "direct", List.of(53, 63), 1, null, null,
      null);

  @TempDir
  Path dir;

  private static Article article() {
    return new Article("a1", "x.txt", null, "T", "2013-02-05", "text", "Baltic Wire", List.of(), null, "en", TEXT,
        "article", 0.9);
  }

  private static Ingested withQuotes() {
    return new Ingested(article(), "h1", List.of(), null, List.of(REPORTED, DIRECT, UNKNOWN));
  }

  @Test
  void quotesRoundTripWithEveryFieldInTextOrder() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(withQuotes()));
      assertEquals(List.of(DIRECT, REPORTED, UNKNOWN), store.quotesOfArticle("a1"));
      assertEquals(List.of(), store.quotesOfArticle("no-such-article"));
    }
  }

  @Test
  void addingTheSameArticleAgainKeepsOneCopyOfItsQuotes() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(withQuotes()));
    }
    try (Store store = Store.open(dir)) {
      store.add(List.of(withQuotes(), withQuotes()));
      assertEquals(3, store.quotesOfArticle("a1").size());
    }
  }

  @Test
  void aStoreWrittenBeforeTheQuotesTableOpensAndGainsIt() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("dyad.duckdb").toAbsolutePath());
        Statement s = db.createStatement()) {
      for (String ddl : Schema.statements()) {
        if (!ddl.equals(QuoteTable.DDL)) {
          s.execute(ddl);
        }
      }
    }
    try (Store store = Store.open(dir)) {
      assertEquals(List.of(), store.quotesOfArticle("a1"));
      store.add(List.of(withQuotes()));
      assertEquals(3, store.quotesOfArticle("a1").size());
    }
  }

  @Test
  void parquetStoreReadsQuotesWhenTheJobWroteThemAndNoneOtherwise() throws Exception {
    Path embedded = dir.resolve("embedded");
    try (Store store = Store.open(embedded)) {
      store.add(List.of(withQuotes()));
    }
    Path parquet = dir.resolve("parquet");
    export(embedded, parquet, false);
    try (Store store = Store.openParquet(parquet)) {
      assertTrue(store.quotesOfArticle("a1").isEmpty(), "no quotes/ folder: no quotes");
      assertEquals(1, store.articleCount());
    }
    export(embedded, parquet, true);
    try (Store store = Store.openParquet(parquet)) {
      assertEquals(List.of(DIRECT, REPORTED, UNKNOWN), store.quotesOfArticle("a1"));
    }
  }

  /** Writes the embedded store's tables as the Spark job's Parquet folders. */
  private static void export(Path embedded, Path out, boolean quotes) throws Exception {
    for (String folder : List.of("articles", "events", "quotes")) {
      Files.createDirectories(out.resolve(folder));
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + embedded.resolve("dyad.duckdb").toAbsolutePath());
        Statement s = db.createStatement()) {
      s.execute("COPY (SELECT * EXCLUDE (ingested_at, duplicate_of) FROM articles) TO '"
          + out.resolve("articles/part-0.parquet") + "' (FORMAT PARQUET)");
      s.execute("COPY events TO '" + out.resolve("events/part-0.parquet") + "' (FORMAT PARQUET)");
      if (quotes) {
        s.execute("COPY quotes TO '" + out.resolve("quotes/part-0.parquet") + "' (FORMAT PARQUET)");
      }
    }
  }
}
