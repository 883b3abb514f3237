package org.dyad.timeline;

import java.util.List;
import org.dyad.model.DatePrecision;
import org.dyad.util.Validate;

/**
 * One date of a timeline with the sentences that say what happened, and their evidence.
 *
 * @param date ISO date at {@code datePrecision} ("2013-02-02"), or null when the precision is unknown
 * @param datePrecision day, week, month, year, or unknown for a key event the text does not date
 * @param summary the sentences joined by a space, verbatim from the articles
 * @param sentences the same sentences one by one, best first
 * @param events ids of the coded events behind the entry (empty until event coding attaches them)
 * @param articles ids of the articles the sentences come from
 * @param outlets the outlets of those articles, without repeats
 */
public record TimelineEntry(String date, String datePrecision, String summary, List<String> sentences,
    List<String> events, List<String> articles, List<String> outlets) {
  public TimelineEntry {
    Validate.notNull(datePrecision, "datePrecision");
    Validate.isTrue(date != null || DatePrecision.fromString(datePrecision) == DatePrecision.UNKNOWN, "date", date,
        "may be null only when unknown");
    sentences = List.copyOf(Validate.notNull(sentences, "sentences"));
    Validate.isTrue(!sentences.isEmpty(), "sentences", sentences, "must hold at least one sentence");
    summary = summary == null ? String.join(" ", sentences) : summary;
    events = events == null ? List.of() : List.copyOf(events);
    articles = articles == null ? List.of() : List.copyOf(articles);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }

  /** This entry with event ids attached, for the event coder to call once events exist. */
  public TimelineEntry withEvents(List<String> eventIds) {
    return new TimelineEntry(date, datePrecision, summary, sentences, eventIds, articles, outlets);
  }
}
