package org.dyad.actors;

import org.dyad.util.Tsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KbDataTest {
  private static final Kb KB = new Kb();
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "DIP", "OPP", "REB", "BUS", "MED",
      "EDU", "NGO", "IGO", "CVL");

  @Test
  void countriesHaveUniqueAlpha3CodesAndCapitals() {
    Set<String> codes = new HashSet<>();
    for (String[] r : Tsv.read("/org/dyad/actors/countries.tsv", 4)) {
      assertTrue(r[0].matches("[A-Z]{3}"), r[0]);
      assertTrue(codes.add(r[0]), "duplicate " + r[0]);
      assertFalse(r[1].isBlank(), r[0] + " needs a name");
    }
    assertTrue(codes.size() >= 195, "every state: " + codes.size());
    assertTrue(codes.containsAll(List.of("SUN", "YUG", "DDR", "CSK")));
  }

  @Test
  void peopleHaveValidCodesSectorsAndOrderedTerms() {
    Set<String> known = new HashSet<>();
    Tsv.read("/org/dyad/actors/countries.tsv", 4).forEach(r -> known.add(r[0]));
    Tsv.read("/org/dyad/actors/igos.tsv", 2).forEach(r -> known.add(r[0]));
    for (String[] r : Tsv.read("/org/dyad/actors/people.tsv", 6)) {
      assertTrue(known.contains(r[2].trim()), r[0] + " code " + r[2]);
      assertTrue(SECTORS.contains(r[3].trim()), r[0] + " sector " + r[3]);
      LocalDate from = LocalDate.parse(r[5].trim());
      String to = Tsv.cell(r, 6);
      assertTrue(to.isEmpty() || !LocalDate.parse(to).isBefore(from), r[0] + " term ends before it starts");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "SYR", "IRN", "GEO"})
  void requiredStatesHaveLeadersAndMinisters(String code) {
    long n = Tsv.read("/org/dyad/actors/people.tsv", 6).stream().filter(r -> r[2].trim().equals(code)).count();
    assertTrue(n >= 5, code + " has only " + n + " people");
  }

  @ParameterizedTest
  @CsvSource({"john kerry,USA,GOV,2013-02-01,2017-01-20", "sergei lavrov,RUS,GOV,2004-03-09,", "hillary clinton,USA,GOV,2009-01-21,2013-02-01"})
  void datedRolesAreKnown(String name, String code, String sector, String from, String to) {
    KbEntry e = KB.lookup(name).get(0);
    assertEquals(code, e.code());
    assertEquals(sector, e.sector());
    assertEquals(LocalDate.parse(from), e.from());
    assertEquals(to == null ? null : LocalDate.parse(to), e.to());
  }

  @ParameterizedTest
  @CsvSource({"kremlin,RUS", "white house,USA", "moscow,RUS", "washington,USA", "russian,RUS", "soviet union,SUN", "nato,NATO"})
  void metonymsCapitalsDemonymsAndIgosResolve(String phrase, String code) {
    assertTrue(KB.lookup(phrase).stream().anyMatch(e -> e.code() != null && e.code().equals(code)), phrase);
  }

  @ParameterizedTest
  @CsvSource({"foreign minister,GOV", "chairman of the committee,LEG", "analyst,EDU", "expert,EDU", "ambassador,DIP", "senator,LEG", "general,MIL"})
  void titlesGiveSectors(String title, String sector) {
    assertTrue(KB.lookup(title).stream().anyMatch(e -> e.kind() == KbEntry.Kind.TITLE && sector.equals(e.sector())), title);
  }

  @Test
  void titleSectorsAreFromTheContractList() {
    for (String[] r : Tsv.read("/org/dyad/actors/titles.tsv", 2)) {
      String s = Tsv.cell(r, 1);
      assertTrue(s.isEmpty() || SECTORS.contains(s), r[0] + " sector " + s);
    }
  }
  /** groups.tsv: known state codes, the header's four sectors, ordered dates, and rows of one name that never overlap. */
  @Test
  void groupsHaveKnownCodesSectorsAndDisjointDates() {
    Set<String> known = new HashSet<>();
    Tsv.read("/org/dyad/actors/countries.tsv", 4).forEach(r -> known.add(r[0].trim()));
    java.util.Map<String, List<LocalDate[]>> byName = new java.util.HashMap<>();
    for (String[] r : Tsv.read("/org/dyad/actors/groups.tsv", 3)) {
      assertTrue(known.contains(r[1].trim()), r[0] + " code " + r[1]);
      assertTrue(Set.of("REB", "OPP", "GOV", "MIL").contains(r[2].trim()), r[0] + " sector " + r[2]);
      LocalDate from = Tsv.cell(r, 3).isEmpty() ? LocalDate.MIN : LocalDate.parse(Tsv.cell(r, 3));
      LocalDate to = Tsv.cell(r, 4).isEmpty() ? LocalDate.MAX : LocalDate.parse(Tsv.cell(r, 4));
      assertFalse(to.isBefore(from), r[0] + " ends before it starts");
      Set<String> keys = new HashSet<>(); // "al-Qaeda|al Qaeda": one phrase
      for (String n : r[0].split("\\|")) {
        keys.add(String.join(" ", Kb.words(n)));
      }
      for (String key : keys) {
        for (LocalDate[] o : byName.computeIfAbsent(key, k -> new java.util.ArrayList<>())) {
          assertTrue(to.isBefore(o[0]) || from.isAfter(o[1]), "'" + key + "' has two rows on one day: " + from + ".." + to);
        }
        byName.get(key).add(new LocalDate[] {from, to});
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"ldp,1987-06-01,JPN,GOV", "ldp,2010-06-01,JPN,OPP", "bjp,1990-01-01,IND,OPP", "bjp,2015-01-01,IND,GOV",
      "cpsu,1987-06-01,SUN,GOV", "kuomintang,1948-01-01,CHN,GOV", "kuomintang,1990-01-01,TWN,GOV",
      "kuomintang,2017-01-01,TWN,OPP", "zanu pf,1990-01-01,ZWE,GOV", "mpla,1970-01-01,AGO,REB", "mpla,1990-01-01,AGO,GOV",
      "likud,1987-06-01,ISR,GOV", "likud,1993-06-01,ISR,OPP", "british labour party,1987-06-01,GBR,OPP",
      "al qaeda,2005-01-01,AFG,REB", "islamic state,2015-01-01,IRQ,REB", "peshmerga,2015-01-01,IRQ,MIL"})
  void groupsMeanWhatTheyMeantOnTheDate(String phrase, String date, String code, String sector) {
    List<KbEntry> valid = KB.lookup(phrase).stream().filter(e -> e.validOn(LocalDate.parse(date))).toList();
    assertEquals(1, valid.size(), phrase + " on " + date + ": " + valid);
    assertEquals(code, valid.get(0).code());
    assertEquals(sector, valid.get(0).sector());
  }
}
