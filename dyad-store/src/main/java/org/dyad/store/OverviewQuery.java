package org.dyad.store;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.dyad.util.BadInputException;

/**
 * Which dyads a corpus overview sums up: those of one actor or of every actor, over a period, busiest first.
 *
 * @param actor an actor code ("USA"): only the dyads it is part of; null for every dyad
 * @param from first day, or null
 * @param to last day, or null
 * @param limit most dyads to return
 */
public record OverviewQuery(String actor, LocalDate from, LocalDate to, int limit) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  public OverviewQuery {
    if (actor != null && !CODE.matcher(actor).matches()) {
      throw new BadInputException("actor must be an actor code like USA or NATO, got '" + actor + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInputException("from " + from + " is after to " + to);
    }
    if (limit < 0) {
      throw new BadInputException("limit must not be negative, got " + limit);
    }
  }

  /** Every dyad of the store over all dates. */
  public static OverviewQuery all() {
    return new OverviewQuery(null, null, null, Integer.MAX_VALUE);
  }

  /** This overview for the dyads of one actor (null: every dyad). */
  public OverviewQuery withActor(String code) {
    return new OverviewQuery(code, from, to, limit);
  }

  /** This overview over a period (either end may be null). */
  public OverviewQuery withPeriod(LocalDate first, LocalDate last) {
    return new OverviewQuery(actor, first, last, limit);
  }

  /** This overview for the {@code n} busiest dyads. */
  public OverviewQuery top(int n) {
    return new OverviewQuery(actor, from, to, n);
  }
}
