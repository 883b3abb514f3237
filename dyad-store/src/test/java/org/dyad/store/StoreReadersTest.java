package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's one writer and its readers: the writer lock, and readers that see each batch once it is committed. */
class StoreReadersTest {
  @TempDir Path dir;

  private static Ingested ingested(String id, String text) {
    return new Ingested(new Article(id, id + ".txt", null, "Title " + id, null, null, null, List.of(), null, "en",
        text, "article", 0.5), "src-" + id);
  }

  @Test
  void aReaderSeesEachBatchTheWriterCommitsAfterItOpened() {
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "Lavrov met Kerry in Geneva.")));
      try (Store reader = Store.openReading(dir)) {
        assertEquals(1, reader.articleCount());
        writer.add(List.of(ingested("a2", "Kerry flew on to Moscow.")));
        assertEquals(2, reader.articleCount());
        assertEquals(2, reader.sourceCount());
        assertTrue(reader.hasArticle("a2"));
        assertTrue(reader.hasSource("src-a2"));
        assertEquals(Optional.of("Kerry flew on to Moscow."), reader.article("a2").map(Article::text));
        assertEquals(2, reader.search("Kerry", 0, 10).total());
      }
    }
  }

  @Test
  void aSecondWriterIsRefusedAtOnceWithAMessageThatNamesTheStoreAndTheWayOut() {
    try (Store writer = Store.open(dir)) {
      StoreBusyException e = assertThrows(StoreBusyException.class, () -> Store.open(dir));
      assertTrue(e.getMessage().contains("store " + dir), e.getMessage());
      assertTrue(e.getMessage().contains("--wait"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
    try (Store again = Store.open(dir)) { // closing released the lock
      assertEquals(0, again.articleCount());
    }
  }

  @Test
  void aReaderCannotWrite() {
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "text")));
    }
    try (Store reader = Store.openReading(dir)) {
      assertThrows(UnsupportedOperationException.class, () -> reader.add(List.of(ingested("a2", "more"))));
      assertEquals(1, reader.articleCount());
    }
  }

  @Test
  void aReaderLeavesOutIndexEntriesThatTheTablesDoNotHold() {
    // the state between the writer's index commit and its table commit, or after a crash between the two
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "Sanctions on Friday.")));
    }
    try (TextIndex index = TextIndex.open(dir.resolve("index"))) {
      index.add(List.of(ingested("ghost", "Sanctions on Saturday.").article()));
    }
    try (Store reader = Store.openReading(dir)) {
      assertEquals(List.of("a1"), reader.search("sanctions", 0, 10).hits().stream().map(SearchPage.Hit::id).toList());
    }
  }

  @Test
  void anArticleStoredButNotIndexedIsIndexedWhenTheStoreIsNextOpenedForWriting() throws Exception {
    // the state a crash between the table commit and the index commit leaves behind
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "Sanctions on Friday."), ingested("a2", "More sanctions on Saturday.")));
    }
    try (var files = Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Store reader = Store.openReading(dir)) {
      assertEquals(0, reader.search("sanctions", 0, 10).total());
    }
    try (Store writer = Store.open(dir)) {
      assertEquals(2, writer.search("sanctions", 0, 10).total());
    }
    try (Store reader = Store.openReading(dir)) {
      assertEquals(2, reader.search("sanctions", 0, 10).total());
    }
  }

  @Test
  void aReaderOfAStoreWithoutAnIndexFindsNothingRatherThanFailing() throws Exception {
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "Sanctions on Friday.")));
    }
    try (var files = Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Store reader = Store.openReading(dir)) {
      assertEquals(0, reader.search("sanctions", 0, 10).total());
      assertEquals(1, reader.articleCount());
    }
  }

  @Test
  void aClosedStoreIsNotReopenedBehindTheCallersBack() {
    Store reader;
    try (Store writer = Store.open(dir)) {
      writer.add(List.of(ingested("a1", "text")));
    }
    reader = Store.openReading(dir);
    reader.close();
    assertThrows(StoreException.class, reader::articleCount);
  }
}
