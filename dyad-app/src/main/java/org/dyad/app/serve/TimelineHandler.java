package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.series.Period;
import org.dyad.store.EventQuery;
import org.dyad.store.SearchPage;
import org.dyad.store.Store;
import org.dyad.timeline.DyadTimeline;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;

/**
 * {@code GET /api/timeline?dyad=|q=&from=&to=&max=&sentences=}: the timeline of a dyad (from its coded events and
 * stories, with turning points) or of a full-text query, as {@code dyad timeline --format json}.
 */
final class TimelineHandler implements Handler {
  private static final Set<String> ALLOWED = Set.of("dyad", "q", "from", "to", "max", "sentences");
  // a topic timeline reads every matching article; beyond this many the server would stall on one request
  private static final int MAX_ARTICLES = 1000;
  private final Store store;

  TimelineHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params p = Params.of(ctx, ALLOWED);
    int max = p.integer("max", 20, 1, 500);
    int sentences = p.integer("sentences", 2, 1, 10);
    String q = p.text("q");
    if ((p.text("dyad") == null) == (q == null)) {
      throw ApiError.badRequest("give parameter 'dyad' or parameter 'q' (one of them)");
    }
    EventQuery query = Queries.events(p);
    ctx.json(q == null ? dyad(query, max, sentences) : topic(q, query, max, sentences));
  }

  private Timeline dyad(EventQuery q, int max, int sentences) {
    var turns = store.series(q, Period.MONTH).turningPoints();
    return DyadTimeline.build(q.dyad(), store.events(q), turns, max, sentences, q.from(), q.to());
  }

  private Timeline topic(String q, EventQuery period, int max, int sentences) {
    List<Article> articles = new ArrayList<>();
    SearchPage page = store.search(q, 0, MAX_ARTICLES);
    page.hits().forEach(h -> store.article(h.id()).ifPresent(articles::add));
    var options = new TimelineBuilder.Options(max, sentences, period.from(), period.to(), q, TimelineBuilder.Method.MENTIONS);
    return new TimelineBuilder().build(articles, options);
  }
}
