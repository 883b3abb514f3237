package org.dyad.store;

import org.dyad.util.BadInputException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.dyad.model.Event;

/**
 * Which events to read: a dyad ({@code A:B} both directions, {@code A>B} only A acting on B), a period, a PLOVER
 * type and a status, each optional, and a page.
 *
 * @param source one side's actor code, optionally with a sector ("SYR/GOV"), or null for any
 * @param target the other side's actor code, optionally with a sector ("SYR/REB"), or null for any
 * @param directed true when only {@code source} acting on {@code target} counts
 * @param from first day, or null
 * @param to last day, or null
 * @param type PLOVER type, or null
 * @param status event status, or null
 * @param offset events to skip
 * @param limit most events to return
 */
public record EventQuery(String source, String target, boolean directed, LocalDate from, LocalDate to, String type,
    String status, int offset, int limit) {
  // a side: an actor code, optionally with a sector ("SYR/REB": Syria's rebels)
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}(?:/[A-Z]{3})?");
  private static final Pattern DYAD = Pattern.compile("([A-Za-z0-9]{2,8}(?:/[A-Za-z]{3})?)([:>])([A-Za-z0-9]{2,8}(?:/[A-Za-z]{3})?)");

  public EventQuery {
    checkCode("source", source);
    checkCode("target", target);
    if (type != null && !Event.PLOVER_TYPES.contains(type)) {
      throw new BadInputException("type must be one of the 16 PLOVER types, got '" + type + "'");
    }
    if (status != null && !Event.STATUSES.contains(status)) {
      throw new BadInputException("status must be occurred, planned, hypothetical or negated, got '" + status + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInputException("from " + from + " is after to " + to);
    }
    if (offset < 0 || limit < 0) {
      throw new BadInputException("offset and limit must not be negative, got " + offset + " and " + limit);
    }
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, false, null, null, null, null, 0, Integer.MAX_VALUE);
  }

  /** This query for a dyad written "A:B" or "A>B" (null keeps any pair). */
  public EventQuery withDyad(String dyad) {
    if (dyad == null) {
      return this;
    }
    var m = DYAD.matcher(dyad.strip());
    if (!m.matches()) {
      throw new BadInputException("dyad must look like USA:RUS, USA>RUS or SYR/GOV:SYR/REB, got '" + dyad + "'");
    }
    return new EventQuery(m.group(1).toUpperCase(), m.group(3).toUpperCase(), m.group(2).equals(">"), from, to,
        type, status, offset, limit);
  }

  /** This query restricted to a period (either end may be null). */
  public EventQuery withPeriod(LocalDate from, LocalDate to) {
    return new EventQuery(source, target, directed, from, to, type, status, offset, limit);
  }

  /** This query restricted to a PLOVER type and a status (either may be null). */
  public EventQuery withTypeAndStatus(String type, String status) {
    return new EventQuery(source, target, directed, from, to, type, status, offset, limit);
  }

  /** This query for one page of results. */
  public EventQuery page(int offset, int limit) {
    return new EventQuery(source, target, directed, from, to, type, status, offset, limit);
  }

  /** The actor code of a side written "CODE" or "CODE/SECTOR". */
  static String code(String side) {
    int slash = side.indexOf('/');
    return slash < 0 ? side : side.substring(0, slash);
  }

  /** The sector of a side written "CODE/SECTOR", or null. */
  static String sector(String side) {
    int slash = side.indexOf('/');
    return slash < 0 ? null : side.substring(slash + 1);
  }

  /** The dyad as written in the contract, or null. */
  public String dyad() {
    return source == null ? null : source + (directed ? ">" : ":") + target;
  }

  private static void checkCode(String name, String code) {
    if (code != null && !CODE.matcher(code).matches()) {
      throw new BadInputException(name + " must be an actor code like USA or NATO, or a code with a sector like "
          + "SYR/REB, got '" + code + "'");
    }
  }
}
