package org.dyad.time;

import java.time.LocalDate;
import java.util.List;

/** Finds temporal expressions in English text and resolves them against the document creation time. */
public final class TemporalTagger {

  /** The expressions of {@code text}, in order; {@code dct} may be null (then relative ones stay unresolved). */
  public List<Timex> tag(String text, LocalDate dct) {
    return List.of();
  }
}
