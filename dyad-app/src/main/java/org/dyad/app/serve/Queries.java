package org.dyad.app.serve;

import java.time.LocalDate;
import org.dyad.series.Period;
import org.dyad.store.EventQuery;

/** Store queries from request parameters, shared by the endpoints that filter events; bad values become 400s. */
final class Queries {
  private Queries() {}

  /** The event filter of {@code dyad}, {@code from}, {@code to}, {@code type} and {@code status} (each optional). */
  static EventQuery events(Params p) {
    String dyad = p.upper("dyad");
    LocalDate from = p.day("from");
    LocalDate to = p.day("to");
    String type = p.upper("type");
    String status = p.lower("status");
    try {
      return EventQuery.all().withDyad(dyad).withPeriod(from, to).withTypeAndStatus(type, status);
    } catch (IllegalArgumentException e) {
      // EventQuery's messages start with the parameter's name ("type must be one of ...")
      throw ApiError.badRequest("bad parameter: " + e.getMessage());
    }
  }

  /** The series period length from {@code by}: week, month (the default), quarter or year. */
  static Period period(Params p) {
    String by = p.text("by");
    if (by == null) {
      return Period.MONTH;
    }
    try {
      return Period.parse(by);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("parameter 'by' must be week, month, quarter or year, got '" + by + "'");
    }
  }
}
