package org.dyad.events;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.PloverType;
import org.dyad.model.Quad;
import org.dyad.util.Tsv;

/**
 * CAMEO 1.1b3 codes with their PLOVER type, mode and Goldstein value, from {@code cameo.tsv}, and the quad class of
 * their PLOVER type ({@link PloverType#quad()}).
 */
final class CameoTable {
  private static final CameoTable STANDARD = new CameoTable();

  /**
   * One code of the table; plover is "-" for codes PLOVER does not type; reportsPlanned: a statement of this code
   * (an intent to meet) reports a planned event of its PLOVER type, never an occurred one; meeting: the event is a
   * meeting of its two sides; joint: two parties do it together (a meeting is joint too); quad: the quad class of
   * the PLOVER type, null for "-".
   */
  record Code(String code, String plover, String mode, double goldstein, String name, boolean reportsPlanned,
      boolean meeting, boolean joint, Quad quad) {}

  private final Map<String, Code> codes = new HashMap<>();

  CameoTable() {
    for (String[] r : Tsv.read("/org/dyad/events/cameo.tsv", 5)) {
      String mode = Tsv.cell(r, 2);
      String together = Tsv.cell(r, 6);
      if (!together.isEmpty() && !together.equals("meeting") && !together.equals("joint")) {
        throw new IllegalStateException("cameo.tsv: code " + r[0].trim() + ": together must be meeting, joint or"
            + " empty, got '" + together + "'");
      }
      String plover = r[1].trim();
      codes.put(r[0].trim(), new Code(r[0].trim(), plover, mode.isEmpty() ? null : mode,
          Double.parseDouble(r[3].trim()), r[4].trim(), Tsv.cell(r, 5).trim().equals("planned"),
          together.equals("meeting"), !together.isEmpty(), plover.equals("-") ? null : PloverType.fromString(plover).quad()));
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
  Quad quad(String code) {
    Code c = codes.get(code);
    return c == null ? null : c.quad();
  }

  Map<String, Code> all() {
    return Map.copyOf(codes);
  }
}
