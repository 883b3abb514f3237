package org.dyad.store;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.model.Article;

/**
 * The default store: DuckDB tables in {@code dyad.duckdb} and a Lucene index in {@code index/}, in one folder.
 *
 * <p>A batch is committed to DuckDB in one transaction and then to Lucene (keyed by article id, so indexing an
 * article twice replaces it). DuckDB is the record of what is stored, and a reader never finds in the index an
 * article that DuckDB does not hold yet, so search totals count stored articles only. A crash between the two
 * commits leaves the batch out of the index; the next open for writing indexes what is missing (and drops index
 * entries without a row, which a crash of an older dyad, that indexed first, could leave).
 *
 * <p>One process writes a store at a time (it holds {@code writer.lock} throughout) and any number read it
 * meanwhile: the writer holds the DuckDB file only while it commits a batch, readers only while they query it.
 */
final class EmbeddedStore implements TableStore {
  static final String DB_FILE = "dyad.duckdb";
  // how long a writer's batch waits for readers' queries to end, and a reader for a batch to be committed
  private static final Duration BATCH_PATIENCE = Duration.ofMinutes(2);
  private static final Duration READ_PATIENCE = Duration.ofSeconds(15);
  // how long a writer that does not wait for the store gives readers to let go at open
  private static final Duration OPEN_PATIENCE = Duration.ofSeconds(5);
  private final Path dir;
  private final WriterLock lock;
  private final Tables tables;
  private final TextIndex index;

  private EmbeddedStore(Path dir, WriterLock lock, Tables tables, TextIndex index) {
    this.dir = dir;
    this.lock = lock;
    this.tables = tables;
    this.index = index;
  }

  /**
   * Opens the store in {@code dir} for writing, creating it when absent; when another process writes it, waits
   * for that one to finish if {@code wait}, else fails at once with a {@link StoreBusyException}.
   */
  static EmbeddedStore open(Path dir, boolean wait) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException("store " + dir + " is a file, not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot create store folder " + dir + ": " + e.getMessage());
    }
    WriterLock lock = WriterLock.acquire(dir, wait);
    Tables tables = null;
    TextIndex index = null;
    try {
      tables = Tables.open(dir.resolve(DB_FILE), wait ? BATCH_PATIENCE : OPEN_PATIENCE, BATCH_PATIENCE);
      index = TextIndex.open(dir.resolve("index"));
      indexMissing(tables, index);
      return new EmbeddedStore(dir, lock, tables, index);
    } catch (RuntimeException e) {
      closeAll(index, tables, lock);
      throw e;
    }
  }

  /** Opens the existing store in {@code dir} for reading, beside a writer in another process if there is one. */
  static EmbeddedStore openReading(Path dir) {
    Tables tables = Tables.openReading(dir.resolve(DB_FILE), READ_PATIENCE);
    try {
      return new EmbeddedStore(dir, null, tables, TextIndex.openReading(dir.resolve("index")));
    } catch (RuntimeException e) {
      closeAll(null, tables, null);
      throw e;
    }
  }

  /** Makes the index hold exactly the stored articles: what a crash between the two commits left out is added. */
  private static void indexMissing(Tables tables, TextIndex index) {
    List<String> missing = index.retainOnly(tables.articleIds());
    int page = 256;
    for (int i = 0; i < missing.size(); i += page) {
      index.add(missing.subList(i, Math.min(missing.size(), i + page)).stream()
          .map(id -> tables.article(id).orElseThrow()).toList());
    }
  }

  private static void closeAll(AutoCloseable... parts) {
    for (AutoCloseable part : parts) {
      if (part != null) {
        try {
          part.close();
        } catch (Exception ignored) {
          // the failure that stopped the open is the one to report
        }
      }
    }
  }

  @Override
  public Tables tables() {
    return tables;
  }

  @Override
  public boolean hasSource(String sourceHash) {
    return tables.hasSource(sourceHash);
  }

  @Override
  public synchronized void add(List<Ingested> batch) {
    if (lock == null) {
      throw new UnsupportedOperationException(this + " is open for reading only");
    }
    if (batch.isEmpty()) {
      return;
    }
    List<Article> fresh = batch.stream().map(Ingested::article).filter(a -> !tables.hasArticle(a.id())).toList();
    tables.add(batch);
    index.add(fresh);
  }

  @Override
  public List<LinkKeys.Member> storyMembers(java.util.Collection<String> keys,
      java.util.Collection<String> articleIds, java.time.LocalDate from, java.time.LocalDate to) {
    return keys.isEmpty() ? List.of() : tables.storyMembers(keys, articleIds, from, to);
  }

  @Override
  public List<LinkKeys.Signature> signatures(java.util.Collection<String> bands) {
    return bands.isEmpty() ? List.of() : tables.signatures(bands);
  }

  @Override
  public long sourceCount() {
    return tables.sourceCount();
  }

  @Override
  public SearchPage search(String query, int offset, int limit) {
    return tables.holding(() -> index.search(query, offset, limit, tables::hasArticle));
  }

  @Override
  public <T> T snapshot(java.util.function.Supplier<T> reads) {
    return tables.holding(reads);
  }

  @Override
  public void close() {
    try {
      index.close();
      tables.close();
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  @Override
  public String toString() {
    return "store " + dir;
  }
}
