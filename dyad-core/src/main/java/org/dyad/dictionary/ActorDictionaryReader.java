package org.dyad.dictionary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI or PETRARCH actor dictionary into actor entries. An actor line names the actor (words joined by
 * "_"), {@code +} lines add its synonyms, and its codes follow in brackets on the line or on lines of their own,
 * each with an optional date restriction: {@code [FRDGOV >950101]} holds from that day on, {@code [FRDREB <950101]}
 * up to the day before, {@code [FRDGOV 900101-941231]} on the days between, both included. A code is a country
 * code (three letters) followed by role codes; the first role that is a dyad sector gives the sector.
 */
final class ActorDictionaryReader {
  private static final Pattern RESTRICTION =
      Pattern.compile("([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8})");
  private static final Pattern COUNTRY_AND_ROLES = Pattern.compile("[A-Z]{3}([A-Z]{3})*");

  private final String file;
  private final Skips skips;
  private final List<ActorEntry> out = new ArrayList<>();
  private List<String> names;
  private List<String[]> codes; // {bracket content, line}
  private int actorLine;

  private ActorDictionaryReader(String file, Skips skips) {
    this.file = file;
    this.skips = skips;
  }

  static List<ActorEntry> read(Path path, Skips skips) {
    ActorDictionaryReader r = new ActorDictionaryReader(path.toString(), skips);
    for (DictLine l : DictLine.read(path, "#;", false)) {
      r.line(l);
    }
    r.finish();
    return List.copyOf(r.out);
  }

  private void line(DictLine l) {
    String t = l.text();
    if (t.startsWith("~")) {
      finish();
      skips.add("agent entries ('~': dyad reads roles from its own titles table)", file + ":" + l.number());
      return;
    }
    Brackets b = Brackets.of(file, l.number(), t.startsWith("+") ? t.substring(1) : t);
    if (t.startsWith("+") || t.startsWith("[")) {
      if (names == null) {
        throw new DictionaryException(file, l.number(), (t.startsWith("+") ? "synonym" : "code")
            + " line before any actor");
      }
      if (t.startsWith("+") && !b.outside().isBlank()) {
        names.add(name(b.outside()));
      }
    } else {
      finish();
      names = new ArrayList<>(List.of(name(b.outside())));
      codes = new ArrayList<>();
      actorLine = l.number();
    }
    b.codes().forEach(c -> codes.add(new String[] {c, String.valueOf(l.number())}));
  }

  /** "RUFUS_T_FIREFLY" → "Rufus T Firefly": the phrase as news writes it (the matcher ignores case anyway). */
  private static String name(String raw) {
    StringBuilder b = new StringBuilder();
    for (String w : raw.replace('_', ' ').strip().split("\\s+")) {
      if (!w.isEmpty()) {
        b.append(b.length() > 0 ? " " : "").append(w.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  private void finish() {
    if (names == null) {
      return;
    }
    if (codes.isEmpty()) {
      skips.add("actors without a code", file + ":" + actorLine);
    }
    for (String[] c : codes) {
      entry(c[0], Integer.parseInt(c[1]));
    }
    names = null;
  }

  private void entry(String bracket, int line) {
    String where = file + ":" + line;
    String[] parts = bracket.split("\\s+", 2);
    String code = parts[0].toUpperCase(Locale.ROOT);
    LocalDate[] span = parts.length > 1 ? span(parts[1].strip(), line) : new LocalDate[2];
    if (code.startsWith("~")) {
      skips.add("agent codes ('~': dyad reads roles from its own titles table)", where);
      return;
    }
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")) {
      skips.add("organisation codes (IGO…, NGO…, MNC…: dyad codes organisations by acronym; give them in dyad's "
          + "format)", where);
      return;
    }
    if (code.equals("---")) {
      skips.add("actors coded [---] (no actor)", where);
      return;
    }
    if (!COUNTRY_AND_ROLES.matcher(code).matches()) {
      skips.add("codes that are not a country code and three-letter role codes", where);
      return;
    }
    String sector = null;
    for (int i = 3; i < code.length() && sector == null; i += 3) {
      String role = code.substring(i, i + 3);
      sector = Codes.SECTORS.contains(role) ? role : null;
    }
    if (sector == null && code.length() > 3) {
      skips.add("role codes dyad has no sector for (the country code kept, the role left out)", where);
    }
    out.add(new ActorEntry(names, code.substring(0, 3), sector, span[0], span[1], where));
  }

  /** The first and last day of a restriction ({@code >D}, {@code <D}, {@code D-D}); either may be null. */
  private LocalDate[] span(String restriction, int line) {
    Matcher m = RESTRICTION.matcher(restriction);
    if (!m.matches()) {
      throw new DictionaryException(file, line, "date restriction '" + restriction + "' is not >YYMMDD, <YYMMDD or "
          + "YYMMDD-YYMMDD");
    }
    if (m.group(1) != null) {
      LocalDate d = date(m.group(2), line);
      return m.group(1).equals(">") ? new LocalDate[] {d, null} : new LocalDate[] {null, d.minusDays(1)};
    }
    LocalDate from = date(m.group(3), line);
    LocalDate to = date(m.group(4), line);
    if (from.isAfter(to)) {
      throw new DictionaryException(file, line, "date restriction '" + restriction + "' ends before it starts");
    }
    return new LocalDate[] {from, to};
  }

  /** YYMMDD (00-39 are 2000-2039, 40-99 are 1940-1999) or YYYYMMDD. */
  private LocalDate date(String digits, int line) {
    String full = digits;
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      full = (yy < 40 ? "20" : "19") + digits;
    }
    try {
      return LocalDate.parse(full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8));
    } catch (DateTimeParseException e) {
      throw new DictionaryException(file, line, "date '" + digits + "' is no day of the calendar");
    }
  }
}
