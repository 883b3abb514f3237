package org.dyad.time;

import java.util.Map;

/** A stretch of text one rule matched, with the text of each of its named groups that took part. */
record Match(int start, int end, Rule rule, Map<String, String> groups) {

  /** The text of group {@code name}, or null when it did not take part. */
  String group(String name) {
    return groups.get(name);
  }

  /** Whether group {@code name} took part. */
  boolean has(String name) {
    return groups.containsKey(name);
  }

  /** The same match with a new start (to take in a modifier such as "early"). */
  Match from(int newStart) {
    return new Match(newStart, end, rule, groups);
  }

  /** Whether this match and {@code other} share a character. */
  boolean overlaps(Match other) {
    return start < other.end && other.start < end;
  }
}
