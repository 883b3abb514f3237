package org.dyad.app.serve;

import java.util.HashMap;
import java.util.Map;
import org.dyad.util.Tsv;

/** The names analysts know actor codes by, read from the actors stage's lists of states and organisations. */
final class ActorNames {
  private static final Map<String, String> NAMES = load();

  private ActorNames() {}

  /** The usual English name of {@code code}, or the code itself when the lists have none. */
  static String of(String code) {
    return NAMES.getOrDefault(code, code);
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    // the first of a row's "|"-separated names is the full one ("Libya", "North Atlantic Treaty Organization")
    for (String file : new String[] {"countries.tsv", "igos.tsv"}) {
      for (String[] row : Tsv.read("/org/dyad/actors/" + file, 2)) {
        names.putIfAbsent(Tsv.cell(row, 0), Tsv.cell(row, 1).split("\\|")[0]);
      }
    }
    return Map.copyOf(names);
  }
}
