package org.dyad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;

/** Where dyad keeps what it extracted: articles, events, quotes, stories and a full-text index. */
public interface Store extends AutoCloseable {

  /**
   * Opens the store in {@code dir}: the Spark job's Parquet output (read-only) when the folder holds it, else the
   * embedded store (DuckDB + Lucene), created when absent.
   */
  static Store open(Path dir) {
    return open(dir, false);
  }

  /**
   * Opens the store in {@code dir} as {@link #open(Path)} does; when another process is writing the embedded
   * store, waits for it to finish if {@code wait}, else fails at once with a {@link StoreBusyException}.
   */
  static Store open(Path dir, boolean wait) {
    return ParquetStore.holdsParquet(dir) ? ParquetStore.open(dir) : EmbeddedStore.open(dir, wait);
  }

  /**
   * Opens an existing store in {@code dir} for reading only: it takes no lock while idle, so an ingest in another
   * process writes it meanwhile and each query sees the batches committed so far.
   */
  static Store openReading(Path dir) {
    return ParquetStore.holdsParquet(dir) ? ParquetStore.open(dir) : EmbeddedStore.openReading(dir);
  }

  /** Opens, read-only, the Parquet output of the Spark job in {@code dir} ({@code articles/} and {@code events/}). */
  static Store openParquet(Path dir) {
    return ParquetStore.open(dir);
  }

  /** True when {@code dir} holds the Spark job's Parquet output rather than an embedded store. */
  static boolean isParquet(Path dir) {
    return ParquetStore.holdsParquet(dir);
  }

  /** True when a document with this content hash was already stored (the ingest skips it). */
  boolean hasSource(String sourceHash);

  /** True when an article with this id is stored. */
  boolean hasArticle(String id);

  /** Stores a batch atomically: after a crash, either all of it is there or a rerun adds it again. */
  void add(List<Ingested> batch);

  /** One article by id. */
  Optional<Article> article(String id);

  /** Articles in publication order (unknown dates last), a page at a time. */
  List<Article> articles(int offset, int limit);

  /** The events matching a query, ordered by event date (unknown dates last). */
  List<org.dyad.model.Event> events(EventQuery query);

  /** The events coded from one article, in sentence order. */
  List<org.dyad.model.Event> eventsOfArticle(String articleId);

  /** The quotes read from one article, in text order (empty for stores written before the quotes stage). */
  List<org.dyad.model.Quote> quotesOfArticle(String articleId);

  /** The cooperation–conflict series of the events matching {@code query} (a dyad), by period. */
  org.dyad.series.DyadSeries series(EventQuery query, org.dyad.series.Period by);

  /** Every actor and every dyad of the stored events with its number of events, most first. */
  ActorCounts actorCounts();

  /**
   * The dyads of {@code query}, most events first, each with its event counts, cooperation–conflict balance and
   * last turning point (docs/overview.md); one query over the events table, whatever the store's size.
   */
  List<DyadSummary> overview(OverviewQuery query);

  /** Number of stored articles. */
  long articleCount();

  /** How many events the store holds. */
  long eventCount();

  /** Number of input documents recorded (reprints of one article count once each). */
  long sourceCount();

  /** Full-text search over titles and texts, best first, with highlighted snippets. */
  SearchPage search(String query, int offset, int limit);

  /**
   * The stored events of these story keys that could share a story with an event of the given articles dated
   * within {@code from}..{@code to} (null: undated only), in the order they were linked; empty for a store that
   * keeps no link keys (a read-only one).
   */
  default List<LinkKeys.Member> storyMembers(java.util.Collection<String> keys,
      java.util.Collection<String> articleIds, java.time.LocalDate from, java.time.LocalDate to) {
    return List.of();
  }

  /** The stored reprint signatures sharing at least one of these band keys, in the order they were stored. */
  default List<LinkKeys.Signature> signatures(java.util.Collection<String> bands) {
    return List.of();
  }

  /** Runs {@code reads} on one snapshot of the store, holding it open throughout (readers of the embedded store). */
  default <T> T snapshot(java.util.function.Supplier<T> reads) {
    return reads.get();
  }

  @Override
  void close();
}
