package org.dyad.timeline;

import java.util.List;
import org.dyad.series.DyadSeries;
import org.dyad.util.Validate;

/**
 * A dated timeline as in the contract's Timeline JSON.
 *
 * @param query what the timeline is of: a dyad, a full-text query, or {@code null} for the whole store
 * @param from the first date asked for (ISO), or {@code null}
 * @param to the last date asked for (ISO), or {@code null}
 * @param entries the entries, sorted by date (undated ones last)
 * @param turningPoints thaws and freezes of a dyad's series in the period, with the stories that drove them;
 *     empty for topic timelines
 */
public record Timeline(String query, String from, String to, List<TimelineEntry> entries,
    List<DyadSeries.TurningPoint> turningPoints) {
  public Timeline {
    entries = List.copyOf(Validate.notNull(entries, "entries"));
    turningPoints = turningPoints == null ? List.of() : List.copyOf(turningPoints);
  }

  /** A timeline without turning points. */
  public Timeline(String query, String from, String to, List<TimelineEntry> entries) {
    this(query, from, to, entries, List.of());
  }
}
