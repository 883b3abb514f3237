package org.dyad.store;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;

/**
 * A store whose reads are those of its DuckDB {@link Tables}: the embedded store and the Parquet store both answer
 * them in one way, so each states only what differs (writing, sources, search, closing).
 */
interface TableStore extends Store {
  /** The tables the reads go to. */
  Tables tables();

  @Override
  default boolean hasArticle(String id) {
    return tables().hasArticle(id);
  }

  @Override
  default Optional<Article> article(String id) {
    return tables().article(id);
  }

  @Override
  default List<Article> articles(int offset, int limit) {
    return tables().articles(offset, limit);
  }

  @Override
  default List<Event> events(EventQuery query) {
    return tables().events(query);
  }

  @Override
  default List<DyadSummary> overview(OverviewQuery query) {
    return tables().overview(query);
  }

  @Override
  default List<Event> eventsOfArticle(String articleId) {
    return tables().eventsOfArticle(articleId);
  }

  @Override
  default List<Quote> quotesOfArticle(String articleId) {
    return tables().quotesOfArticle(articleId);
  }

  @Override
  default DyadSeries series(EventQuery query, Period by) {
    return tables().series(query, by, SeriesQuery.precisions(by));
  }

  @Override
  default ActorCounts actorCounts() {
    return tables().actorCounts();
  }

  @Override
  default long articleCount() {
    return tables().articleCount();
  }

  @Override
  default long eventCount() {
    return tables().eventCount();
  }
}
