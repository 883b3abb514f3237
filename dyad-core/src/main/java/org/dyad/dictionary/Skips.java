package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a reader left out of a dictionary and why, counted by reason, with the first place each reason arose. */
final class Skips {
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, String> first = new LinkedHashMap<>();

  /** One thing left out at {@code where} ({@code FILE:LINE}) for {@code reason}. */
  void add(String reason, String where) {
    counts.merge(reason, 1, Integer::sum);
    first.putIfAbsent(reason, where);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** One phrase a reason: "pattern lines with words before the verb …: 2, the first at verbs.txt:12". */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    counts.forEach((reason, n) -> out.add(reason + ": " + n + ", the first at " + first.get(reason)));
    return out;
  }
}
