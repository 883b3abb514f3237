package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
  @TempDir Path dir;

  @Test
  void keyLookupsDoNotWaitForABatchBeingWritten() throws Exception {
    try (Tables tables = Tables.open(dir.resolve("t.duckdb"), Duration.ZERO, Duration.ZERO)) {
      Article a = new Article("a", "a.txt", null, null, null, null, null, null, null, "en", "text", null, 0);
      tables.add(List.of(new Ingested(a, "h")));
      synchronized (tables) { // what the writer holds while a batch goes in
        var lookup = CompletableFuture.supplyAsync(() -> tables.hasSource("h") && tables.hasArticle("a")
            && !tables.hasSource("other"));
        assertTrue(lookup.get(10, TimeUnit.SECONDS));
        assertEquals(1, CompletableFuture.supplyAsync(tables::sourceCount).get(10, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void aFailedBatchLeavesNoKeysBehind() {
    try (Tables tables = Tables.open(dir.resolve("t.duckdb"), Duration.ZERO, Duration.ZERO)) {
      tables.close();
      Article a = new Article("a", "a.txt", null, null, null, null, null, null, null, "en", "text", null, 0);
      try {
        tables.add(List.of(new Ingested(a, "h")));
      } catch (StoreException expected) {
        assertTrue(expected.getMessage().contains("t.duckdb"), expected.getMessage());
      }
      assertFalse(tables.hasArticle("a"));
      assertFalse(tables.hasSource("h"));
    }
  }
}
