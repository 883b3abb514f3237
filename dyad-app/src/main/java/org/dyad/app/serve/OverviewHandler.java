package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Set;
import org.dyad.export.TableFormat;
import org.dyad.store.OverviewQuery;
import org.dyad.store.Store;

/**
 * {@code GET /api/overview?actor=&from=&to=&limit=&format=}: the dyads with most events (of one actor, when given),
 * each with its cooperation–conflict balance and last turning point; {@code format=} downloads the table.
 */
final class OverviewHandler implements Handler {
  static final int DEFAULT_LIMIT = 50;
  private static final Set<String> ALLOWED = Set.of("actor", "from", "to", "limit", "format");
  private final Store store;

  OverviewHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params p = Params.of(ctx, ALLOWED);
    TableFormat f = SummaryTables.format(p);
    // a download is the whole table unless a limit is given, as /api/events?format= is
    int limit = p.integer("limit", f == null ? DEFAULT_LIMIT : Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
    OverviewQuery q = SummaryTables.query(p, p.upper("actor"), limit);
    SummaryTables.answer(ctx, f, q, "dyads", SummaryTables.fileName("dyads", q), store.overview(q));
  }
}
