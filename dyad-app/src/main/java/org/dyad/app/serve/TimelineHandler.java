package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.dyad.app.service.Articles;
import org.dyad.app.service.Timelines;
import org.dyad.model.Article;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;

/**
 * {@code GET /api/timeline?dyad=|q=&from=&to=&max=&sentences=&method=}: the timeline of a dyad (from its coded
 * events and stories, with turning points), of a full-text query, or (neither given) of the whole store, as
 * {@code dyad timeline --format json}; {@code method} (mentions, share or baseline) chooses a topic's days.
 */
final class TimelineHandler implements Handler {
  private static final Set<String> ALLOWED = Set.of("dyad", "q", "from", "to", "max", "sentences", "method");
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
    if (p.text("dyad") != null && q != null) {
      throw ApiError.badRequest("give parameter 'dyad' or parameter 'q', not both (neither: the whole store)");
    }
    TimelineBuilder.Method method = method(p.text("method"));
    if (p.text("dyad") != null && method != TimelineBuilder.Method.MENTIONS) {
      throw ApiError.badRequest(
          "parameter 'method' chooses a topic's days; a dyad's timeline is built from its stories");
    }
    EventQuery query = Queries.events(p);
    if (p.text("dyad") != null) {
      ctx.json(Timelines.ofDyad(store, query, max, sentences));
    } else {
      List<Article> articles = q == null ? wholeStore() : Articles.firstMatching(store, q, MAX_ARTICLES);
      ctx.json(build(articles, q, query, max, sentences, method));
    }
  }

  private static TimelineBuilder.Method method(String name) {
    return name == null ? TimelineBuilder.Method.MENTIONS : TimelineBuilder.Method.named(name).orElseThrow(
        () -> ApiError.badRequest("parameter 'method' must be mentions, share or baseline, got '" + name + "'"));
  }

  /** Every article, for a store small enough to answer over HTTP; larger ones are the command's work. */
  private List<Article> wholeStore() {
    long n = store.articleCount();
    if (n > MAX_ARTICLES) {
      throw ApiError.badRequest("the store holds " + n + " articles, more than the " + MAX_ARTICLES
          + " a whole-store timeline reads over the API: give parameter 'q' or 'dyad', or run dyad timeline --store");
    }
    return store.articles(0, MAX_ARTICLES);
  }

  private static Timeline build(List<Article> articles, String q, EventQuery period, int max, int sentences,
      TimelineBuilder.Method method) {
    var options = new TimelineBuilder.Options(max, sentences, period.from(), period.to(), q, method);
    return Timelines.ofArticles(articles, options);
  }
}
