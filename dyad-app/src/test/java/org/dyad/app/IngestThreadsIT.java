package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two pipeline threads store exactly what one stores: the same articles, events, event ids, story ids and quotes. */
class IngestThreadsIT {
  // the bundled demo corpus: our own 39 articles, with reprints, US–Russia events and stories across outlets
  private static final Path DEMO = Path.of("src/main/resources/org/dyad/app/demo");

  @TempDir Path dir;

  @Test
  void twoThreadsStoreTheSameEventsAsOne() {
    Path one = ingest("one", 1);
    Path two = ingest("two", 2);
    try (Store a = Store.open(one); Store b = Store.open(two)) {
      List<Event> events = a.events(EventQuery.all());
      assertFalse(events.isEmpty(), "the demo corpus should yield events");
      assertEquals(events, b.events(EventQuery.all()));
      assertEquals(articles(a), articles(b));
      assertEquals(quotes(a), quotes(b));
      assertFalse(quotes(a).isEmpty(), "the demo corpus quotes people");
    }
  }

  @Test
  void aRerunAddsNoQuoteTwice() {
    Path store = ingest("again", 2);
    List<Quote> first;
    try (Store s = Store.open(store)) {
      first = quotes(s);
    }
    ingest("again", 2);
    try (Store s = Store.open(store)) {
      assertEquals(first, quotes(s));
    }
  }

  private static List<Quote> quotes(Store s) {
    List<Quote> out = new ArrayList<>();
    articles(s).forEach(article -> out.addAll(s.quotesOfArticle(article.id())));
    return out;
  }

  private Path ingest(String name, int threads) {
    Path store = dir.resolve(name);
    int code = Main.execute("ingest", DEMO.toString(), "--store", store.toString(), "--threads",
        String.valueOf(threads), "--quiet");
    assertEquals(0, code, "ingest with --threads " + threads);
    return store;
  }

  private static List<Article> articles(Store s) {
    return new ArrayList<>(s.articles(0, Integer.MAX_VALUE));
  }
}
