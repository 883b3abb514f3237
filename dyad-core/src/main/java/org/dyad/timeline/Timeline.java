package org.dyad.timeline;

import java.util.List;
import org.dyad.util.Validate;

/**
 * A dated timeline as in the contract's Timeline JSON.
 *
 * @param query what the timeline is of: a dyad, a full-text query, or {@code null} for the whole store
 * @param from the first date asked for (ISO), or {@code null}
 * @param to the last date asked for (ISO), or {@code null}
 * @param entries the entries, sorted by date
 */
public record Timeline(String query, String from, String to, List<TimelineEntry> entries) {
  public Timeline {
    entries = List.copyOf(Validate.notNull(entries, "entries"));
  }
}
