package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;

/**
 * {@code GET /api/events?dyad=&from=&to=&type=&status=&offset=&limit=}: a page of stored events, by event date;
 * {@code max} is the {@code --max} the contract names for every command, another name for {@code limit}.
 */
final class EventsHandler implements Handler {
  static final int MAX_LIMIT = 1000;
  private static final Set<String> ALLOWED = Set.of("dyad", "from", "to", "type", "status", "offset", "limit",
      "max");
  private final Store store;

  EventsHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    Params p = Params.of(ctx, ALLOWED);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT - 1);
    if (p.text("max") != null && p.text("limit") != null) {
      throw ApiError.badRequest("parameters 'max' and 'limit' say the same; give one of them");
    }
    int limit = p.integer(p.text("max") != null ? "max" : "limit", 100, 1, MAX_LIMIT);
    EventQuery query = Queries.events(p).page(offset, limit + 1);
    List<Event> events = store.events(query);
    boolean more = events.size() > limit;
    ctx.json(new Result(query.dyad(), offset, limit, more ? offset + limit : null,
        more ? events.subList(0, limit) : events));
  }

  /**
   * One page of events.
   *
   * @param dyad the dyad asked for, or null
   * @param offset events skipped
   * @param limit most events on a page
   * @param nextOffset the offset of the next page, or null on the last page
   * @param events the events, as the contract's Event JSON
   */
  record Result(String dyad, int offset, int limit, Integer nextOffset, List<Event> events) {}
}
