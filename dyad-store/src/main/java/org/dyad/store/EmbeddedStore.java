package org.dyad.store;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;

/**
 * The default store: DuckDB tables in {@code dyad.duckdb} and a Lucene index in {@code index/}, in one folder.
 *
 * <p>A batch is written to Lucene first (keyed by article id, so writing it twice replaces it) and then committed
 * to DuckDB in one transaction. DuckDB is the record of what is stored: a crash between the two commits leaves
 * the batch out of DuckDB; opening the store drops such index entries, and the rerun that adds the batch again
 * indexes it anew.
 */
final class EmbeddedStore implements Store {
  private final Path dir;
  private final Tables tables;
  private final TextIndex index;

  private EmbeddedStore(Path dir, Tables tables, TextIndex index) {
    this.dir = dir;
    this.tables = tables;
    this.index = index;
  }

  static EmbeddedStore open(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException("store " + dir + " is a file, not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot create store folder " + dir + ": " + e.getMessage());
    }
    Tables tables = Tables.open(dir.resolve("dyad.duckdb"));
    TextIndex index = null;
    try {
      index = TextIndex.open(dir.resolve("index"));
      index.retainOnly(tables::hasArticle);
      return new EmbeddedStore(dir, tables, index);
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      tables.close();
      throw e;
    }
  }

  @Override
  public boolean hasSource(String sourceHash) {
    return tables.hasSource(sourceHash);
  }

  @Override
  public boolean hasArticle(String id) {
    return tables.hasArticle(id);
  }

  @Override
  public synchronized void add(List<Ingested> batch) {
    if (batch.isEmpty()) {
      return;
    }
    index.add(batch.stream().map(Ingested::article).filter(a -> !tables.hasArticle(a.id())).toList());
    tables.add(batch);
  }

  @Override
  public Optional<Article> article(String id) {
    return tables.article(id);
  }

  @Override
  public List<Article> articles(int offset, int limit) {
    return tables.articles(offset, limit);
  }

  @Override
  public List<org.dyad.model.Event> events(EventQuery query) {
    return tables.events(query);
  }

  @Override
  public List<org.dyad.model.Event> eventsOfArticle(String articleId) {
    return tables.eventsOfArticle(articleId);
  }

  @Override
  public List<org.dyad.model.Quote> quotesOfArticle(String articleId) {
    return tables.quotesOfArticle(articleId);
  }

  @Override
  public org.dyad.series.DyadSeries series(EventQuery query, org.dyad.series.Period by) {
    return series(tables, query, by);
  }

  /** The series of {@code query} from {@code tables}; shared with the Parquet store. */
  static org.dyad.series.DyadSeries series(Tables tables, EventQuery query, org.dyad.series.Period by) {
    // a date coarser than the period cannot be placed in one bucket
    List<String> precisions = switch (by) {
      case WEEK -> List.of("day", "week");
      case MONTH, QUARTER -> List.of("day", "week", "month");
      case YEAR -> List.of("day", "week", "month", "year");
    };
    return org.dyad.series.SeriesBuilder.build(query.dyad(), by, tables.stories(query, precisions));
  }

  @Override
  public ActorCounts actorCounts() {
    return tables.actorCounts();
  }

  @Override
  public long articleCount() {
    return tables.articleCount();
  }

  @Override
  public long sourceCount() {
    return tables.sourceCount();
  }

  @Override
  public SearchPage search(String query, int offset, int limit) {
    return index.search(query, offset, limit, tables::hasArticle);
  }

  @Override
  public void close() {
    index.close();
    tables.close();
  }

  @Override
  public String toString() {
    return "store " + dir;
  }
}
