package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import org.dyad.store.Store;

/** {@code GET /api/series?dyad=&from=&to=&by=}: the cooperation–conflict series of a dyad, as {@code dyad series --format json}. */
final class SeriesHandler implements Handler {
  private static final Set<String> ALLOWED = Set.of("dyad", "from", "to", "by");
  private final Store store;

  SeriesHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params p = Params.of(ctx, ALLOWED);
    p.required("dyad");
    ctx.json(store.series(Queries.events(p), Queries.period(p)));
  }
}
