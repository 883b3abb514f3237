package org.dyad.model;

import org.dyad.util.Validate;

/**
 * Where an event took place.
 *
 * @param name the place as named in the sentence ("Geneva")
 * @param code ISO alpha-3 of the country the place lies in, or {@code null}
 */
public record Location(String name, String code) {
  public Location {
    Validate.notNull(name, "name");
  }
}
