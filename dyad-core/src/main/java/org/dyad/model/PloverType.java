package org.dyad.model;

import java.util.List;

/** The 16 PLOVER event types the contract allows; the contract string is the constant's name. */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT;

  /** The type as the contract's JSON and every export write it. */
  public String contract() {
    return name();
  }

  /** The type whose contract string is {@code s}; fails naming the value and the allowed ones. */
  public static PloverType fromString(String s) {
    return Vocabulary.parse(values(), PloverType::contract, "PLOVER type", s);
  }

  /** The contract strings, in declaration order. */
  public static List<String> contracts() {
    return Vocabulary.contracts(values(), PloverType::contract);
  }
}
