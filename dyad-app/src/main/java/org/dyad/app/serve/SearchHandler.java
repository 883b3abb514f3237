package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.dyad.store.SearchPage;
import org.dyad.store.Store;

/** {@code GET /api/search?q=&offset=&limit=}: full-text search over articles, a page of highlighted hits. */
final class SearchHandler implements Handler {
  static final int MAX_LIMIT = 100;
  private static final Set<String> ALLOWED = Set.of("q", "offset", "limit");
  private final Store store;

  SearchHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params p = Params.of(ctx, ALLOWED);
    String q = p.required("q");
    if (q.length() > 500) {
      throw ApiError.badRequest("parameter 'q' must be at most 500 characters, got " + q.length());
    }
    int offset = p.integer("offset", 0, 0, 1_000_000);
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    SearchPage page = store.search(q, offset, limit);
    ctx.json(new Result(page.query(), page.total(), offset, limit, page.hits()));
  }

  /** One page of search results; each hit's snippet is HTML-escaped text with {@code <mark>} around matches. */
  record Result(String query, long total, int offset, int limit, List<SearchPage.Hit> hits) {}
}
