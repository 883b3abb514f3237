package org.dyad.dictionary;

import java.util.HashSet;
import java.util.Set;
import org.dyad.util.Tsv;

/** What dyad's coder can take from a dictionary: its CAMEO codes, sectors, parts of speech and entry kinds. */
final class Codes {
  /** The sectors of the contract's Event actors. */
  static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "DIP", "OPP", "REB", "BUS", "MED",
      "EDU", "NGO", "IGO", "CVL");
  static final Set<String> POS = Set.of("V", "N", "A");
  static final Set<String> KINDS = Set.of("act", "say", "visit", "enact");
  private static volatile Set<String> cameo;

  private Codes() {}

  /** True when {@code code} is a CAMEO 1.1b3 code of dyad's cameo.tsv. */
  static boolean cameo(String code) {
    if (cameo == null) {
      Set<String> all = new HashSet<>();
      Tsv.read("/org/dyad/events/cameo.tsv", 5).forEach(r -> all.add(r[0].trim()));
      cameo = Set.copyOf(all);
    }
    return cameo.contains(code);
  }
}
