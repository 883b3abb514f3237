package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.store.Store;

/** {@code GET /api/health}: the server is up and the store answers, with the number of stored articles. */
final class HealthHandler implements Handler {
  private final Store store;

  HealthHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params.of(ctx, Set.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("articles", store.articleCount());
    ctx.json(body);
  }
}
