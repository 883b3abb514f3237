package org.dyad.dictionary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated code a user dictionary gives to a set of names: each name then resolves to {@code code} and
 * {@code sector} on the days from {@code from} to {@code to}.
 *
 * @param names the names as written in news, the first the canonical one
 * @param code the actor code (ISO 3166-1 alpha-3, an IGO acronym, or the user's own)
 * @param sector one of the contract's sectors, or null
 * @param from first day the code holds, or null
 * @param to last day the code holds, or null
 * @param source where the code was read, {@code FILE:LINE}
 */
public record ActorEntry(List<String> names, String code, String sector, LocalDate from, LocalDate to, String source)
    implements Serializable {
  public ActorEntry {
    names = List.copyOf(names);
    if (names.isEmpty() || code == null || source == null) {
      throw new IllegalArgumentException("incomplete actor entry from " + source);
    }
  }

  /** The canonical name. */
  public String name() {
    return names.get(0);
  }

  /** True when the code holds for every date. */
  public boolean undated() {
    return from == null && to == null;
  }
}
