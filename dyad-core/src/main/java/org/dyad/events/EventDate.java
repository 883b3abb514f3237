package org.dyad.events;

import java.time.LocalDate;
import org.dyad.model.DatePrecision;

/**
 * When an event happened: contract value and precision, the words it came from, and its first day.
 *
 * @param value "2013-02-02", "2012-W46", "2012-12", "2008" or null
 * @param precision day, week, month, year or unknown
 * @param text the date words of the sentence, or null
 * @param cue how the date was found, for explanations
 * @param first the first day the value covers, or null
 * @param start character offset of the date words in the sentence, or -1
 */
record EventDate(String value, DatePrecision precision, String text, String cue, LocalDate first, int start) {
  static EventDate unknown(String cue) {
    return new EventDate(null, DatePrecision.UNKNOWN, null, cue, null, -1);
  }

  EventDate withCue(String newCue, String newText) {
    return new EventDate(value, precision, newText, newCue, first, start);
  }
}
