package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedStoreTest {
  @TempDir Path dir;

  private static Article article(String id, String title, String text) {
    return new Article(id, "in/" + id + ".txt", null, title, null, null, null, List.of(), null, "en", text, "article",
        0.5);
  }

  private static Ingested ingested(Article a) {
    return new Ingested(a, "src-" + a.id());
  }

  private static final Article FULL = new Article("a1", "seeds/000.txt", "http://www.chinadaily.com.cn/a.htm",
      "Visits may improve US-Russia relations", "2013-02-05T07:47", "text", "China Daily",
      List.of("Jane Roe", "John O'Doe"), "MOSCOW", "en",
      "US Secretary of State John Kerry may visit Russia soon.\n\nLavrov also told reporters on Saturday.",
      "article", 0.87);

  private static final Article SPARSE = new Article("a2", "x/y.txt", null, null, null, null, null, List.of(), null,
      "und", "Some text about the talks.", "other", 0.0);

  @Test
  void addThenGetGivesBackEveryField() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(FULL), ingested(SPARSE)));
      assertEquals(Optional.of(FULL), store.article("a1"));
      assertEquals(Optional.of(SPARSE), store.article("a2"));
      assertEquals(Optional.empty(), store.article("nope"));
      assertEquals(2, store.articleCount());
      assertEquals(2, store.sourceCount());
      assertTrue(store.hasArticle("a1"));
      assertTrue(store.hasSource("src-a1"));
      assertFalse(store.hasSource("src-zz"));
    }
  }

  @Test
  void articlesAreListedInPublicationOrderWithUnknownDatesLast() {
    Article older = new Article("b", "b.txt", null, "B", "2010-01-01", "text", null, null, null, "en", "b text", null, 0);
    Article newer = new Article("c", "c.txt", null, "C", "2012-01-01T10:00", "meta", null, null, null, "en", "c", null, 0);
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(SPARSE), ingested(newer), ingested(older)));
      assertEquals(List.of("b", "c", "a2"), store.articles(0, 10).stream().map(Article::id).toList());
      assertEquals(List.of("c"), store.articles(1, 1).stream().map(Article::id).toList());
    }
  }

  @Test
  void addingTheSameBatchTwiceStoresItOnce() {
    try (Store store = Store.open(dir)) {
      List<Ingested> batch = List.of(ingested(FULL), ingested(SPARSE));
      store.add(batch);
      store.add(batch);
      assertEquals(2, store.articleCount());
      assertEquals(2, store.sourceCount());
      assertEquals(1, store.search("Kerry", 0, 10).hits().size());
      assertEquals(1, store.search("Kerry", 0, 10).total());
    }
  }

  @Test
  void aReprintFromAnotherSourceAddsASourceButNotAnArticle() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(new Ingested(FULL, "h1"), new Ingested(FULL, "h2")));
      store.add(List.of(new Ingested(FULL, "h3")));
      assertEquals(1, store.articleCount());
      assertEquals(3, store.sourceCount());
      assertEquals(1, store.search("Kerry", 0, 10).total());
    }
  }

  @Test
  void reopeningKeepsArticlesSourcesAndTheIndex() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(FULL), ingested(SPARSE)));
    }
    try (Store store = Store.open(dir)) {
      assertEquals(2, store.articleCount());
      assertEquals(2, store.sourceCount());
      assertTrue(store.hasSource("src-a2"));
      assertEquals(Optional.of(FULL), store.article("a1"));
      assertEquals("a1", store.search("Lavrov", 0, 10).hits().get(0).id());
      store.add(List.of(ingested(FULL)));
      assertEquals(2, store.articleCount());
      assertEquals(1, store.search("Lavrov", 0, 10).total());
    }
  }

  @Test
  void anIndexEntryWithoutATableRowIsNotFoundAndIsReplacedWhenAddedAgain() {
    // the state a crash between the Lucene commit and the DuckDB commit leaves behind
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(SPARSE)));
    }
    try (TextIndex index = TextIndex.open(dir.resolve("index"))) {
      index.add(List.of(FULL));
    }
    try (Store store = Store.open(dir)) {
      assertEquals(1, store.articleCount());
      SearchPage page = store.search("Kerry", 0, 10);
      assertTrue(page.hits().isEmpty(), page.toString());
      assertEquals(0, page.total(), page.toString());
      store.add(List.of(ingested(FULL)));
      page = store.search("Kerry", 0, 10);
      assertEquals(1, page.total());
      assertEquals(List.of("a1"), page.hits().stream().map(SearchPage.Hit::id).toList());
    }
  }

  @Test
  void searchHighlightsMatchesAndEscapesTheArticleHtml() {
    Article a = article("s1", "Summit", "The minister posted <script>alert(1)</script> on the Kremlin website & left.");
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(a)));
      SearchPage.Hit hit = store.search("kremlin", 0, 10).hits().get(0);
      assertTrue(hit.snippet().contains("<mark>Kremlin</mark>"), hit.snippet());
      assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
      assertFalse(hit.snippet().contains("<script>"), hit.snippet());
    }
  }

  @Test
  void aTitleOnlyMatchStillGetsAnEscapedSnippet() {
    Article a = article("t1", "Kremlin summit", "The <b>ministers</b> met on Friday and agreed on a plan.");
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(a)));
      SearchPage.Hit hit = store.search("kremlin", 0, 10).hits().get(0);
      assertNotNull(hit.snippet());
      assertTrue(hit.snippet().startsWith("The &lt;b&gt;ministers"), hit.snippet());
      assertEquals("Kremlin summit", hit.title());
    }
  }

  @Test
  void stemmedFormsMatch() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(article("m1", null, "Russia imposed new sanctions on Friday."))));
      assertEquals(1, store.search("sanction", 0, 10).total());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"US-Russia (talks", "\"unbalanced quote", "talks]", "*talks", "AND", "NOT", "OR talks", "",
      "   ", "the", "a an the", "?", "title:", "talks^"})
  void anyQueryTextGivesAPageNotAnError(String query) {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(article("q1", "US-Russia talks", "The talks went on."))));
      SearchPage page = store.search(query, 0, 10);
      assertNotNull(page);
      assertTrue(page.total() <= 1);
    }
  }

  @Test
  void invalidSyntaxIsSearchedAsWords() {
    try (Store store = Store.open(dir)) {
      store.add(List.of(ingested(article("q1", "US-Russia talks", "The talks went on."))));
      assertEquals(1, store.search("US-Russia (talks", 0, 10).total());
    }
  }

  @Test
  void searchPagesThroughHitsBestFirst() {
    try (Store store = Store.open(dir)) {
      store.add(IntStream.range(0, 25).mapToObj(i -> ingested(article("p" + i, "Story " + i,
          "Sanctions story number " + i + "."))).toList());
      SearchPage first = store.search("sanctions", 0, 10);
      SearchPage third = store.search("sanctions", 20, 10);
      assertEquals(25, first.total());
      assertEquals(10, first.hits().size());
      assertEquals(5, third.hits().size());
      assertTrue(first.hits().get(0).score() >= first.hits().get(9).score());
    }
  }

  @Test
  void openingAFileAsAStoreFailsNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Store.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void anEmptyBatchIsANoOp() {
    try (Store store = Store.open(dir)) {
      store.add(List.of());
      assertEquals(0, store.articleCount());
    }
  }
}
