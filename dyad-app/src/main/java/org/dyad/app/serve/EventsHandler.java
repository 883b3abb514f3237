package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.dyad.export.EventFormat;
import org.dyad.export.Exports;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.util.BadInputException;

/**
 * {@code GET /api/events?dyad=&from=&to=&type=&status=&offset=&limit=}: a page of stored events, by event date;
 * {@code max} is the {@code --max} the contract names for every command, another name for {@code limit}. With
 * {@code format=} (a name of {@link Exports}) the answer is a file of every matching event instead of a page.
 */
final class EventsHandler implements Handler {
  static final int MAX_LIMIT = 1000;
  private static final Set<String> ALLOWED = Set.of("dyad", "from", "to", "type", "status", "offset", "limit",
      "max", "format");
  private final Store store;

  EventsHandler(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    Params p = Params.of(ctx, ALLOWED);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT - 1);
    if (p.text("max") != null && p.text("limit") != null) {
      throw ApiError.badRequest("parameters 'max' and 'limit' say the same; give one of them");
    }
    if (p.text("format") != null) {
      download(ctx, p, offset);
      return;
    }
    int limit = p.integer(p.text("max") != null ? "max" : "limit", 100, 1, MAX_LIMIT);
    EventQuery query = Queries.events(p).page(offset, limit + 1);
    List<Event> events = store.events(query);
    boolean more = events.size() > limit;
    ctx.json(new Result(query.dyad(), offset, limit, more ? offset + limit : null,
        more ? events.subList(0, limit) : events));
  }

  /**
   * Every matching event (or {@code max}/{@code limit} of them) in the named export format, streamed from the store
   * a page at a time, with the format's content type and a file name for the browser to save it under.
   */
  private void download(Context ctx, Params p, int offset) throws IOException {
    EventFormat f;
    try {
      f = Exports.named(p.text("format"));
    } catch (BadInputException e) {
      throw ApiError.badRequest("parameter 'format': " + e.getMessage());
    }
    String by = p.text("max") != null ? "max" : "limit";
    int limit = p.integer(by, Integer.MAX_VALUE - offset, 1, Integer.MAX_VALUE - offset);
    EventQuery query = Queries.events(p).page(offset, limit);
    ctx.contentType(f.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(query, f) + "\"");
    try (OutputStream out = ctx.outputStream()) {
      Exports.write(store, query, f, out);
    }
  }

  /** "events-USA-RUS.csv", "events.parquet": letters, digits and dashes only. */
  static String fileName(EventQuery query, EventFormat f) {
    String dyad = query.dyad() == null ? "" : "-" + query.dyad().replaceAll("[^A-Za-z0-9]+", "-");
    return "events" + dyad + "." + f.extension();
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
