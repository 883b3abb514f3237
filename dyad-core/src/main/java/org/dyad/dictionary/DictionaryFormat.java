package org.dyad.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.util.BadInputException;

/** The layouts a user dictionary can have: dyad's own TSVs, or the TABARI/PETRARCH text dictionaries. */
public enum DictionaryFormat {
  /** Told by the file's first data line. */
  AUTO,
  /** dyad's tab-separated layout (lexicon.tsv's columns; groups.tsv's columns for actors). */
  DYAD,
  /** TABARI and PETRARCH verb-pattern and actor dictionaries (one reader: PETRARCH's are TABARI's, extended). */
  TABARI;

  private static final Pattern CODE_CELL = Pattern.compile("-|\\d{2,4}");
  private static final Pattern ACTOR_CODE_CELL = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  /** The format an option value names: auto, dyad, tabari or petrarch (any case). */
  public static DictionaryFormat named(String option, String value) {
    if (value == null) {
      return AUTO;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "dyad", "tsv" -> DYAD;
      case "tabari", "petrarch" -> TABARI;
      default -> throw new BadInputException(option + ": expected auto, dyad, tabari or petrarch, got '" + value + "'");
    };
  }

  /** The format of a lexicon file's lines: dyad's when the first data line has dyad's four columns. */
  static DictionaryFormat ofLexicon(String file, List<String> lines) {
    String first = firstData(lines);
    if (first == null) {
      throw new DictionaryException(file, "no entries (only comments and blank lines)");
    }
    String[] cells = first.split("\t");
    if (cells.length >= 4 && CODE_CELL.matcher(cells[2].trim()).matches()) {
      return DYAD;
    }
    first = first.replaceAll("[#;].*", "").strip();
    if (first.contains("[") || first.startsWith("-") || first.startsWith("&")) {
      return TABARI;
    }
    throw new DictionaryException(file, "cannot tell its format from its first line; give --lexicon-format dyad "
        + "or tabari");
  }

  /** The format of an actor file's lines: dyad's when the first data line is tab-separated with a code second. */
  static DictionaryFormat ofActors(String file, List<String> lines) {
    String first = firstData(lines);
    if (first == null) {
      throw new DictionaryException(file, "no entries (only comments and blank lines)");
    }
    String[] cells = first.split("\t");
    if (cells.length >= 2 && ACTOR_CODE_CELL.matcher(cells[1].trim()).matches() && !first.contains("[")) {
      return DYAD;
    }
    first = first.replaceAll("[#;].*", "").strip();
    if (first.contains("[") || first.matches("[^\\s]+")) {
      return TABARI;
    }
    throw new DictionaryException(file, "cannot tell its format from its first line; give --actors-format dyad "
        + "or tabari");
  }

  private static String firstData(List<String> lines) {
    for (String l : lines) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith(";")) {
        return l.replace("\uFEFF", "").strip();
      }
    }
    return null;
  }
}
