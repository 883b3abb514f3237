package org.dyad.events;

import org.dyad.util.Tsv;
import java.util.HashMap;
import java.util.Map;

/** CAMEO 1.1b3 codes with their PLOVER type, mode and Goldstein value, from {@code cameo.tsv}. */
final class CameoTable {
  /**
   * One code of the table; plover is "-" for codes PLOVER does not type; reportsPlanned: a statement of this code
   * (an intent to meet) reports a planned event of its PLOVER type, never an occurred one.
   */
  record Code(String code, String plover, String mode, double goldstein, String name, boolean reportsPlanned) {}

  private final Map<String, Code> codes = new HashMap<>();

  CameoTable() {
    for (String[] r : Tsv.read("/org/dyad/events/cameo.tsv", 5)) {
      String mode = Tsv.cell(r, 2);
      codes.put(r[0].trim(), new Code(r[0].trim(), r[1].trim(), mode.isEmpty() ? null : mode,
          Double.parseDouble(r[3].trim()), r[4].trim(), Tsv.cell(r, 5).trim().equals("planned")));
    }
  }

  Code get(String code) {
    return codes.get(code);
  }

  Map<String, Code> all() {
    return Map.copyOf(codes);
  }
}
