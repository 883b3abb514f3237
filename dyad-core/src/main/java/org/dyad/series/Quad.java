package org.dyad.series;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.util.Resources;

/** The PLOVER quad classes: verbal or material, cooperation or conflict (from quad.tsv). */
public final class Quad {
  /** The four classes in display order. */
  public static final List<String> CLASSES = List.of("verbal-cooperation", "material-cooperation",
      "verbal-conflict", "material-conflict");
  private static final Map<String, String> BY_TYPE = load();

  private Quad() {}

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String line : Resources.lines(Quad.class, "quad.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || !CLASSES.contains(cols[1])) {
        throw new IllegalStateException("quad.tsv: bad row '" + line + "'");
      }
      m.put(cols[0], cols[1]);
    }
    return Map.copyOf(m);
  }

  /** The quad class of a PLOVER type; fails naming an unknown type. */
  public static String of(String plover) {
    String q = BY_TYPE.get(plover);
    if (q == null) {
      throw new IllegalArgumentException("no quad class for PLOVER type '" + plover + "'");
    }
    return q;
  }

  /** True for the two cooperation classes. */
  public static boolean cooperative(String plover) {
    return of(plover).endsWith("cooperation");
  }

  /** The PLOVER types that have a quad class. */
  public static java.util.Set<String> types() {
    return BY_TYPE.keySet();
  }
}
