package org.dyad.model;

import java.util.List;

/** Whether the report says an event happened, is planned, is only possible, or did not happen (contract status). */
public enum EventStatus {
  OCCURRED("occurred"),
  PLANNED("planned"),
  HYPOTHETICAL("hypothetical"),
  NEGATED("negated");

  private final String contract;

  EventStatus(String contract) {
    this.contract = contract;
  }

  /** The status as the contract's JSON and every export write it. */
  public String contract() {
    return contract;
  }

  /** True for planned and hypothetical events: what the report places ahead, not yet done. */
  public boolean ahead() {
    return this == PLANNED || this == HYPOTHETICAL;
  }

  /** The status whose contract string is {@code s}; fails naming the value and the allowed ones. */
  public static EventStatus fromString(String s) {
    return Vocabulary.parse(values(), EventStatus::contract, "event status", s);
  }

  /** The contract strings, in declaration order. */
  public static List<String> contracts() {
    return Vocabulary.contracts(values(), EventStatus::contract);
  }

  @Override
  public String toString() {
    return contract;
  }
}
