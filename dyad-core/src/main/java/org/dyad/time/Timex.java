package org.dyad.time;

import org.dyad.util.Validate;

/**
 * One temporal expression found in text, TIMEX3-style.
 *
 * @param start character offset of the first character
 * @param end character offset after the last character
 * @param text the covered text
 * @param type DATE, TIME, DURATION or SET
 * @param value the normalised ISO value ("2013-02-02", "2012-12", "2012-W46", "P1M", "XXXX-XX-XX"…)
 */
public record Timex(int start, int end, String text, String type, String value) {

  /** Checks the offsets and that text, type and value are present. */
  public Timex {
    Validate.isTrue(start >= 0 && end >= start, "end", end, "must be at least start (" + start + ") and start >= 0");
    Validate.notNull(text, "text");
    Validate.notNull(type, "type");
    Validate.notNull(value, "value");
  }
}
