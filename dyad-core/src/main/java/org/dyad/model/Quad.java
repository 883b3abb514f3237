package org.dyad.model;

import java.util.List;
import java.util.Locale;

/**
 * The PLOVER quad classes: verbal or material, cooperation or conflict. Each PLOVER type has one
 * ({@link PloverType#quad()}, from {@code quad.tsv}); the series count stories by them.
 */
public enum Quad {
  VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

  /** The class as quad.tsv, the series JSON and the overview name it: "verbal-cooperation". */
  public String contract() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for the two cooperation classes. */
  public boolean cooperative() {
    return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
  }

  /** The class whose contract string is {@code s}; fails naming the value and the allowed ones. */
  public static Quad fromString(String s) {
    return Vocabulary.parse(values(), Quad::contract, "quad class", s);
  }

  /** The contract strings, in display order. */
  public static List<String> contracts() {
    return Vocabulary.contracts(values(), Quad::contract);
  }
}
