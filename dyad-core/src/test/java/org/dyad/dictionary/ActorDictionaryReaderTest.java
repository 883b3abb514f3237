package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryReaderTest {
  @TempDir
  Path dir;

  private static String show(ActorEntry a) {
    return a.name() + "=" + a.code() + "/" + a.sector() + " " + a.from() + ".." + a.to();
  }

  @Test
  void readsActorsSynonymsAndDatedCodes() {
    List<ActorEntry> read = ActorDictionaryReader.read(Fixture.path("tabari-actors.txt"), new Skips());
    assertEquals("Freedonia=FRD/REB null..1994-12-31, Freedonia=FRD/GOV 1995-01-01..null, "
        + "Sylvania=SYL/null null..null, Rufus T Firefly=FRD/GOV 1995-01-01..1997-12-31, "
        + "Rufus T Firefly=FRD/OPP 1998-01-01..null, Ambassador Trentino=SYL/null null..null, "
        + "Marvinia=MRV/null 2024-03-15..null", read.stream().map(ActorDictionaryReaderTest::show)
        .collect(Collectors.joining(", ")));
    assertEquals(List.of("Freedonia", "Freedonian Government"), read.get(0).names());
    assertTrue(read.get(1).source().endsWith("tabari-actors.txt:5"), read.get(1).source());
  }

  @Test
  void reportsAgentsOrganisationCodesUncodedActorsAndUnknownRoles() {
    Skips skips = new Skips();
    ActorDictionaryReader.read(Fixture.path("tabari-actors.txt"), skips);
    String report = String.join("\n", skips.lines());
    assertTrue(report.contains("role codes dyad has no sector for (the country code kept, the role left out): 1, "),
        report);
    assertTrue(report.contains("agent entries ('~': dyad reads roles from its own titles table): 1, "), report);
    assertTrue(report.contains("organisation codes (IGO…, NGO…, MNC…: dyad codes organisations by acronym; give "
        + "them in dyad's format): 1"), report);
    assertTrue(report.contains("actors without a code: 1, the first at "), report);
    assertEquals(4, skips.lines().size(), report);
  }

  @Test
  void twoDigitYearsBelowFortyAreOfThisCentury() {
    Path f = Fixture.write(dir, "a.txt", "OLDLAND [OLD <450102]", "NEWLAND [NEW 390101-391231]");
    List<ActorEntry> read = ActorDictionaryReader.read(f, new Skips());
    assertEquals(LocalDate.of(1945, 1, 1), read.get(0).to());
    assertNull(read.get(0).from());
    assertEquals(LocalDate.of(2039, 1, 1), read.get(1).from());
  }

  @Test
  void badRestrictionsAndOrphanLinesAreErrorsNamingTheLine() {
    assertEquals(":2: date restriction '>3301' is not >YYMMDD, <YYMMDD or YYMMDD-YYMMDD",
        fault("FREEDONIA", "[FRDGOV >3301]"));
    assertEquals(":1: date '331301' is no day of the calendar", fault("FREEDONIA [FRD >331301]"));
    assertEquals(":1: date restriction '350101-330101' ends before it starts", fault("FREEDONIA [FRD 350101-330101]"));
    assertEquals(":1: synonym line before any actor", fault("+FREEDONIAN"));
    assertEquals(":2: code line before any actor", fault("# nothing yet", "[FRD]"));
  }

  private String fault(String... lines) {
    Path f = Fixture.write(dir, "bad.txt", lines);
    return assertThrows(DictionaryException.class, () -> ActorDictionaryReader.read(f, new Skips())).getMessage()
        .substring(f.toString().length());
  }
}
