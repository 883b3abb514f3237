package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Set;
import org.dyad.export.TableFormat;
import org.dyad.store.OverviewQuery;
import org.dyad.store.Store;

/**
 * {@code GET /api/relations?actor=&from=&to=&format=}: one actor's relation with every other actor it has events
 * with, seen from its side ({@code a} is the actor), most events first; {@code format=} downloads the table.
 */
final class RelationsHandler implements Handler {
  private static final Set<String> ALLOWED = Set.of("actor", "from", "to", "format");
  private final Store store;

  RelationsHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params p = Params.of(ctx, ALLOWED);
    TableFormat f = SummaryTables.format(p);
    p.required("actor");
    OverviewQuery q = SummaryTables.query(p, p.upper("actor"), Integer.MAX_VALUE);
    SummaryTables.answer(ctx, f, q, "relations", SummaryTables.fileName("relations", q), store.overview(q));
  }
}
