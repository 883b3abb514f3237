package org.dyad.model;

import java.util.List;

/** How exactly an event's date is known: a day, an ISO week, a month, a year, or not at all (contract precision). */
public enum DatePrecision {
  DAY("day"),
  WEEK("week"),
  MONTH("month"),
  YEAR("year"),
  UNKNOWN("unknown");

  private final String contract;

  DatePrecision(String contract) {
    this.contract = contract;
  }

  /** The precision as the contract's JSON and every export write it. */
  public String contract() {
    return contract;
  }

  /** The precision whose contract string is {@code s}; fails naming the value and the allowed ones. */
  public static DatePrecision fromString(String s) {
    return Vocabulary.parse(values(), DatePrecision::contract, "date precision", s);
  }

  /** The contract strings, finest first. */
  public static List<String> contracts() {
    return Vocabulary.contracts(values(), DatePrecision::contract);
  }

  @Override
  public String toString() {
    return contract;
  }
}
