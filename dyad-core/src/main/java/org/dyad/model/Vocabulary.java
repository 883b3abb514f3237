package org.dyad.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Lookup of a closed vocabulary's constant by its contract string, shared by the model's enums. */
final class Vocabulary {
  private Vocabulary() {}

  /** The constant of {@code values} whose contract string is {@code s}; fails naming the vocabulary and the value. */
  static <E extends Enum<E>> E parse(E[] values, Function<E, String> contract, String what, String s) {
    for (E e : values) {
      if (contract.apply(e).equals(s)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + s + "': expected one of "
        + String.join(", ", contracts(values, contract)));
  }

  /** The contract strings of {@code values} in declaration order. */
  static <E extends Enum<E>> List<String> contracts(E[] values, Function<E, String> contract) {
    return Arrays.stream(values).map(contract).toList();
  }
}
