package org.dyad.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyad.util.Resources;

/** The 16 PLOVER event types the contract allows; the contract string is the constant's name. */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT;

  /** The type as the contract's JSON and every export write it. */
  public String contract() {
    return name();
  }

  /** The type whose contract string is {@code s}; fails naming the value and the allowed ones. */
  public static PloverType fromString(String s) {
    return Vocabulary.parse(values(), PloverType::contract, "PLOVER type", s);
  }

  /** The contract strings, in declaration order. */
  public static List<String> contracts() {
    return Vocabulary.contracts(values(), PloverType::contract);
  }

  /** The quad class of the type, as {@code quad.tsv} gives it. */
  public Quad quad() {
    return Quads.BY_TYPE.get(this);
  }

  /** quad.tsv, read once on first use (an enum's own static fields are not yet set while its constants are made). */
  private static final class Quads {
    static final Map<PloverType, Quad> BY_TYPE = load();

    private static Map<PloverType, Quad> load() {
      Map<PloverType, Quad> m = new EnumMap<>(PloverType.class);
      for (String line : Resources.lines(PloverType.class, "quad.tsv")) {
        String[] cols = line.split("\t");
        try {
          if (cols.length != 2 || m.put(fromString(cols[0]), Quad.fromString(cols[1])) != null) {
            throw new IllegalArgumentException("one type and its class a row, one row a type");
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("quad.tsv: bad row '" + line + "': " + e.getMessage(), e);
        }
      }
      if (m.size() != values().length) {
        throw new IllegalStateException("quad.tsv: no quad class for " + contracts().stream()
            .filter(t -> !m.containsKey(fromString(t))).toList());
      }
      return m;
    }
  }
}
