package org.dyad.dictionary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads actors in groups.tsv's layout (names, code, sector, from, to), checking every line. */
final class DyadActorReader {
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  private DyadActorReader() {}

  static List<ActorEntry> read(Path file) {
    String name = file.toString();
    List<ActorEntry> out = new ArrayList<>();
    for (DictLine l : DictLine.read(file, "#", true)) {
      String[] c = l.text().split("\t", -1);
      if (c.length < 2) {
        throw new DictionaryException(name, l.number(), "expected tab-separated names, code, sector, from, to; got "
            + "one column");
      }
      out.add(entry(name, l.number(), c));
    }
    return out;
  }

  private static ActorEntry entry(String file, int line, String[] c) {
    List<String> names = new ArrayList<>();
    for (String n : c[0].split("\\|")) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    if (names.isEmpty()) {
      throw new DictionaryException(file, line, "no name in the first column");
    }
    String code = c[1].trim();
    if (!CODE.matcher(code).matches()) {
      throw new DictionaryException(file, line, "code '" + code + "' is not an actor code (2-8 capitals or digits, "
          + "such as FRA or NATO)");
    }
    String sector = cell(c, 2);
    if (!sector.isEmpty() && !Codes.SECTORS.contains(sector)) {
      throw new DictionaryException(file, line, "sector '" + sector + "' is not one of " + String.join(" ",
          Codes.SECTORS.stream().sorted().toList()));
    }
    LocalDate from = date(file, line, cell(c, 3));
    LocalDate to = date(file, line, cell(c, 4));
    if (from != null && to != null && from.isAfter(to)) {
      throw new DictionaryException(file, line, "from " + from + " is after to " + to);
    }
    return new ActorEntry(names, code, sector.isEmpty() ? null : sector, from, to, file + ":" + line);
  }

  private static String cell(String[] c, int i) {
    return i < c.length ? c[i].trim() : "";
  }

  private static LocalDate date(String file, int line, String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new DictionaryException(file, line, "date '" + s + "' is not YYYY-MM-DD");
    }
  }
}
