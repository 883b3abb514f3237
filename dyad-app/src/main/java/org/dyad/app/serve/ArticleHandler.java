package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.store.Store;
import org.dyad.util.Json;

/**
 * {@code GET /api/articles/{id}}: one stored article as the contract's Article JSON, with an {@code events} field
 * holding the events coded from it and a {@code quotes} field holding its quotes with their speakers; 404 when
 * unknown.
 */
final class ArticleHandler implements Handler {
  private final Store store;

  ArticleHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    Article article = store.article(id)
        .orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
    Map<String, Object> body = new LinkedHashMap<>(Json.mapper().convertValue(article, Map.class));
    body.put("events", store.eventsOfArticle(id));
    body.put("quotes", store.quotesOfArticle(id));
    ctx.json(body);
  }
}
