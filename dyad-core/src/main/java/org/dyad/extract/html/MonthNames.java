package org.dyad.extract.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Month names of many languages ({@code month-names.tsv}), as one regex alternation and a name → month map. */
final class MonthNames {
  static final MonthNames DEFAULT = new MonthNames(Rules.lines("month-names.tsv"));

  private final Map<String, Integer> months;

  /** Reads rows LANGUAGE, MONTH, NAMES; a spelling given two different months is dropped as ambiguous. */
  MonthNames(List<String> rows) {
    Map<String, Integer> byName = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String row : rows) {
      String[] c = row.split("\t");
      int month = Integer.parseInt(c[1].strip());
      for (String name : c[2].split(",")) {
        String key = key(name);
        Integer before = byName.putIfAbsent(key, month);
        if (before != null && before != month) {
          ambiguous.add(key);
        }
      }
    }
    ambiguous.forEach(byName::remove);
    this.months = Map.copyOf(byName);
  }

  /** The month (1-12) a name stands for, or 0. */
  int month(String name) {
    return months.getOrDefault(key(name), 0);
  }

  /** A regex alternation of every name, longest first so "marzo" is tried before "mar". */
  String alternation() {
    return months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).map(n -> java.util.regex.Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
