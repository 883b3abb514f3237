package org.dyad.time;

import java.time.LocalDate;

/**
 * What a relative expression is resolved against.
 *
 * @param dct the document creation date, null when unknown
 * @param tense the tense guessed around the expression
 * @param anchor the last date mentioned before it in the text, null when none
 */
record Context(LocalDate dct, Tense tense, Point anchor) {

  /** The last mentioned date, or the document date's day when nothing was mentioned yet. */
  Point anchorOrDct() {
    return anchor != null ? anchor : Point.of(dct, Unit.DAY);
  }

  /** The same context with another tense. */
  Context withTense(Tense other) {
    return new Context(dct, other, anchor);
  }
}
