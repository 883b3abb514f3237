package org.dyad.actors;

import org.dyad.util.Tsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.KbEntry.Kind;
import org.dyad.dictionary.ActorEntry;

/** The actor knowledge base: every phrase of the data files, normalised, mapped to what it can name. */
final class Kb {
  private static final String DIR = "/org/dyad/actors/";
  private final Map<String, List<KbEntry>> phrases = new HashMap<>();
  private final Map<String, List<KbEntry>> surnames = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  /** Last day (the end of the last year) of the states that no longer exist. */
  private final Map<String, LocalDate> ends = new HashMap<>();
  private final Map<String, List<KbEntry>> anyDateSurnames = new HashMap<>();
  private final Set<String> commonSurnames = new HashSet<>();
  private int longest = 1;
  /** The source of the generated cities' entries (scripts/places/generate.py). */
  static final String CITIES = "cities.tsv";

  Kb() {
    loadCountries();
    loadSimple("igos.tsv", Kind.IGO);
    loadMetonyms();
    loadPlaces();
    loadGroups();
    loadEras();
    loadNotActors();
    loadTitles();
    loadCities();
    loadPeople("people.tsv", true);
    loadPeople("officeholders-manual.tsv", false);
    loadPeople("officeholders.tsv", false);
    Tsv.read(DIR + "common-surnames.tsv", 1).forEach(r -> commonSurnames.add(r[0].trim().toLowerCase()));
  }

  /** Lower-case words of a phrase: hyphens split words ("Vice-President" → vice president). */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.toLowerCase().replace('-', ' ').trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** True when the state {@code code} no longer existed on {@code date} (the Soviet Union in 2011). */
  boolean ended(String code, LocalDate date) {
    LocalDate end = code == null || date == null ? null : ends.get(code);
    return end != null && date.isAfter(end);
  }

  List<KbEntry> lookup(String key) {
    return phrases.getOrDefault(key, List.of());
  }

  /**
   * The person a bare surname names on {@code date}: the one person bearing it who is in office
   * then. Nobody when the surname is too common to name anyone alone, or when two different people
   * bearing it are in office ("Hussein" in 1987: King Hussein and Saddam Hussein). When nobody
   * bearing it is in office, or the date is unknown, people.tsv's people keep being named by
   * surname as before ("Gorbachev" in 2013): those rows were written for bare-surname matching.
   */
  List<KbEntry> surname(String key, LocalDate date) {
    List<KbEntry> all = surnames.getOrDefault(key, List.of());
    if (all.isEmpty() || commonSurnames.contains(key)) {
      return List.of();
    }
    List<KbEntry> valid = date == null ? List.of() : all.stream().filter(e -> e.validOn(date)).toList();
    if (valid.isEmpty()) {
      return anyDateSurnames.getOrDefault(key, List.of());
    }
    return valid.stream().map(KbEntry::name).distinct().count() == 1 ? valid : List.of();
  }

  int longest() {
    return longest;
  }

  private void add(String phrase, KbEntry e) {
    List<String> w = words(phrase);
    if (w.isEmpty()) {
      return;
    }
    longest = Math.max(longest, w.size());
    phrases.computeIfAbsent(String.join(" ", w), k -> new ArrayList<>()).add(e);
  }

  /**
   * A user's actors, as named groups: a name they give replaces every entry dyad has for that phrase (and a later
   * file's replaces an earlier file's); its dated codes come before its undated one, so a dated code wins on its
   * days and the undated one holds on the others.
   */
  void addUser(List<ActorEntry> actors) {
    Map<String, List<ActorEntry>> byPhrase = new LinkedHashMap<>();
    for (ActorEntry a : actors) {
      for (String n : a.names()) {
        List<ActorEntry> list = byPhrase.computeIfAbsent(String.join(" ", words(n)), k -> new ArrayList<>());
        list.removeIf(o -> !file(o).equals(file(a)));
        list.add(a);
      }
    }
    byPhrase.forEach((phrase, list) -> {
      if (!phrase.isEmpty()) {
        phrases.remove(phrase);
        list.stream().filter(a -> !a.undated()).forEach(a -> add(phrase, group(a)));
        list.stream().filter(ActorEntry::undated).forEach(a -> add(phrase, group(a)));
      }
    });
  }

  private static String file(ActorEntry a) {
    return a.source().substring(0, a.source().lastIndexOf(':'));
  }

  private static KbEntry group(ActorEntry a) {
    return new KbEntry(Kind.GROUP, a.code(), a.sector(), a.name(), null, a.from(), a.to(), true, a.source());
  }

  private void loadCountries() {
    for (String[] r : Tsv.read(DIR + "countries.tsv", 4)) {
      String code = r[0].trim();
      String[] names = Tsv.cell(r, 1).split("\\|");
      String name = names[0];
      countryNames.put(code, name);
      // a former state's names still name it after its end ("the Soviet invasion of 1979" in a 2011 story), but
      // its entries carry the end, so that a person of it is known to be a former officeholder (see ended)
      String last = Tsv.cell(r, 5).trim();
      LocalDate end = last.isEmpty() ? null : LocalDate.of(Integer.parseInt(last), 12, 31);
      if (end != null) {
        ends.put(code, end);
      }
      for (String n : names) {
        add(n, new KbEntry(Kind.COUNTRY, code, null, name, null, null, end));
      }
      for (String d : Tsv.cell(r, 2).split("\\|")) {
        if (!d.isBlank()) {
          add(d, new KbEntry(Kind.DEMONYM, code, null, name, null, null, end));
          add(d.endsWith("s") ? d : d + "s", new KbEntry(Kind.DEMONYM, code, null, name, null, null, end));
        }
      }
      for (String c : Tsv.cell(r, 3).split("\\|")) {
        if (!c.isBlank()) {
          add(c, new KbEntry(Kind.CAPITAL, code, "GOV", name, null, null, end));
        }
      }
    }
  }

  private void loadSimple(String file, Kind kind) {
    for (String[] r : Tsv.read(DIR + file, 2)) {
      String[] names = r[1].split("\\|");
      for (String n : names) {
        add(n, new KbEntry(kind, r[0].trim(), kind == Kind.IGO ? "IGO" : null, names[0], null, null, null));
      }
    }
  }

  private void loadMetonyms() {
    for (String[] r : Tsv.read(DIR + "metonyms.tsv", 3)) {
      add(r[0], new KbEntry(Kind.METONYM, r[1].trim(), r[2].trim(), r[0].trim(), null, null, null));
    }
  }

  private void loadGroups() {
    for (String[] r : Tsv.read(DIR + "groups.tsv", 3)) {
      String[] names = r[0].split("\\|");
      KbEntry e = new KbEntry(Kind.GROUP, r[1].trim(), r[2].trim(), names[0].trim(), null, date(Tsv.cell(r, 3)),
          date(Tsv.cell(r, 4)));
      for (String n : names) {
        add(n, e);
      }
    }
  }

  /** Dated names replace every undated state, capital, metonym and place entry of the same phrase. */
  private void loadEras() {
    Set<String> replaced = new HashSet<>();
    for (String[] r : Tsv.read(DIR + "eras.tsv", 3)) {
      String key = String.join(" ", words(r[0]));
      if (replaced.add(key)) {
        phrases.computeIfPresent(key, (k, v) -> {
          List<KbEntry> kept = v.stream().filter(e -> !e.countryLike() && e.kind() != Kind.PLACE).toList();
          return kept.isEmpty() ? null : new ArrayList<>(kept);
        });
      }
      String code = r[2].trim();
      String sector = Tsv.cell(r, 3);
      Kind kind = Kind.valueOf(r[1].trim().toUpperCase());
      String name = kind == Kind.METONYM || kind == Kind.PLACE ? r[0].trim() : countryNames.getOrDefault(code, code);
      add(r[0], new KbEntry(kind, code, sector.isEmpty() ? null : sector, name, null, date(Tsv.cell(r, 4)),
          date(Tsv.cell(r, 5))));
    }
  }

  /** Phrases that contain a place's name but name no actor ("Uruguay Round", "Gulf of Mexico"). */
  private void loadNotActors() {
    for (String[] r : Tsv.read(DIR + "not-actors.tsv", 1)) {
      add(r[0], new KbEntry(Kind.NOTHING, null, null, r[0].trim(), null, null, null));
    }
  }

  private void loadPlaces() {
    for (String[] r : Tsv.read(DIR + "places.tsv", 2)) {
      add(r[0], new KbEntry(Kind.PLACE, r[1].trim(), null, r[0].trim(), null, null, null));
    }
  }

  /** The generated cities: a name the hand-written tables already give keeps their meaning only. */
  private void loadCities() {
    for (String[] r : Tsv.read(DIR + CITIES, 2)) {
      String key = String.join(" ", words(r[0]));
      List<KbEntry> have = phrases.get(key);
      if (have == null || have.stream().allMatch(e -> CITIES.equals(e.source()))) {
        add(r[0], new KbEntry(Kind.PLACE, r[1].trim(), null, r[0].trim(), null, date(Tsv.cell(r, 2)),
            date(Tsv.cell(r, 3)), true, CITIES));
      }
    }
  }

  /** Whether every entry is a generated city, which names a place only where the text reads it as one. */
  static boolean citiesOnly(List<KbEntry> entries) {
    return !entries.isEmpty() && entries.stream().allMatch(e -> CITIES.equals(e.source()));
  }

  private void loadTitles() {
    for (String[] r : Tsv.read(DIR + "titles.tsv", 2)) {
      String country = Tsv.cell(r, 2);
      add(r[0], new KbEntry(Kind.TITLE, country.isEmpty() ? null : country, r[1].trim(), r[0].trim(), null, null, null));
    }
  }

  /**
   * People with dated roles; {@code anyDate}: the file's surnames name its people even out of office.
   * A one-word name of the generated or hand-listed officeholders ("Fahd") is matched only as a
   * surname, under the surname rules, never as a phrase.
   */
  private void loadPeople(String file, boolean anyDate) {
    for (String[] r : Tsv.read(DIR + file, 6)) {
      String name = r[0].trim();
      LocalDate from = date(Tsv.cell(r, 5));
      LocalDate to = date(Tsv.cell(r, 6));
      KbEntry e = new KbEntry(Kind.PERSON, r[2].trim(), r[3].trim(), name, r[4].trim(), from, to, anyDate);
      List<String> w = words(name);
      if (anyDate || w.size() > 1) {
        add(name, e);
      }
      for (String alias : Tsv.cell(r, 1).split("\\|")) {
        if (!alias.isBlank() && (anyDate || words(alias).size() > 1)) {
          add(alias, e);
        }
      }
      String surname = Tsv.cell(r, 7).isEmpty() ? w.get(w.size() - 1) : Tsv.cell(r, 7).toLowerCase();
      if (!surname.equals("-")) {
        surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
        if (anyDate) {
          anyDateSurnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  private static LocalDate date(String s) {
    return s.isEmpty() ? null : LocalDate.parse(s);
  }
}
