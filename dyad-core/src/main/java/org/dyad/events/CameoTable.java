package org.dyad.events;

import org.dyad.util.Tsv;
import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO 1.1b3 codes with their PLOVER type, mode and Goldstein value, from {@code cameo.tsv}, and the quad class of
 * their PLOVER type from the series' {@code quad.tsv}.
 */
final class CameoTable {
  private static final CameoTable STANDARD = new CameoTable();

  /**
   * One code of the table; plover is "-" for codes PLOVER does not type; reportsPlanned: a statement of this code
   * (an intent to meet) reports a planned event of its PLOVER type, never an occurred one; meeting: the event is a
   * meeting of its two sides; joint: two parties do it together (a meeting is joint too); quad: the quad class of
   * the PLOVER type (verbal-cooperation … material-conflict), null for "-".
   */
  record Code(String code, String plover, String mode, double goldstein, String name, boolean reportsPlanned,
      boolean meeting, boolean joint, String quad) {}

  private final Map<String, Code> codes = new HashMap<>();

  CameoTable() {
    Map<String, String> quads = new HashMap<>();
    for (String[] r : Tsv.read("/org/dyad/series/quad.tsv", 2)) {
      quads.put(r[0].trim(), r[1].trim());
    }
    for (String[] r : Tsv.read("/org/dyad/events/cameo.tsv", 5)) {
      String mode = Tsv.cell(r, 2);
      String together = Tsv.cell(r, 6);
      if (!together.isEmpty() && !together.equals("meeting") && !together.equals("joint")) {
        throw new IllegalStateException("cameo.tsv: code " + r[0].trim() + ": together must be meeting, joint or"
            + " empty, got '" + together + "'");
      }
      codes.put(r[0].trim(), new Code(r[0].trim(), r[1].trim(), mode.isEmpty() ? null : mode,
          Double.parseDouble(r[3].trim()), r[4].trim(), Tsv.cell(r, 5).trim().equals("planned"),
          together.equals("meeting"), !together.isEmpty(), quads.get(r[1].trim())));
    }
  }

  /** The table as the jar ships it, loaded once. */
  static CameoTable standard() {
    return STANDARD;
  }

  Code get(String code) {
    return codes.get(code);
  }

  /** True when {@code code} is a meeting code of the table (04x); false for a code the table lacks. */
  boolean meeting(String code) {
    Code c = codes.get(code);
    return c != null && c.meeting();
  }

  /** True when {@code code} is an act two parties do together (04x, 057, 06x); false for a code the table lacks. */
  boolean joint(String code) {
    Code c = codes.get(code);
    return c != null && c.joint();
  }

  /** The quad class of {@code code}'s PLOVER type; null for a code the table lacks or PLOVER does not type. */
  String quad(String code) {
    Code c = codes.get(code);
    return c == null ? null : c.quad();
  }

  Map<String, Code> all() {
    return Map.copyOf(codes);
  }
}
