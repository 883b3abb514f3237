package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbPatternReaderTest {
  @TempDir
  Path dir;

  private static String terms(List<LexiconEntry> entries) {
    return entries.stream().map(e -> e.term() + " " + e.code()).collect(Collectors.joining(", "));
  }

  @Test
  void readsVerbLinesPatternsAndSynonymSetsOfATabariFile() {
    Skips skips = new Skips();
    List<LexiconEntry> read = VerbPatternReader.read(Fixture.path("tabari-verbs.txt"), skips);
    assertEquals("zorbify 112, zorbify+smuggling 1121, zorbify+treaty 057, zorbify+pact 057, zorbify+deal 057, "
        + "zorbify+tribunal -, flonk+against 111, glarb+up 036", terms(read));
    assertTrue(read.get(0).source().endsWith("tabari-verbs.txt:9"), read.get(0).source());
    assertTrue(read.get(1).source().endsWith("tabari-verbs.txt:10"), read.get(1).source());
    assertTrue(read.stream().allMatch(e -> e.pos().equals("V") && e.kind().equals("act")));
  }

  @Test
  void countsWhatDyadCannotUseByReasonWithItsFirstLine() {
    Skips skips = new Skips();
    VerbPatternReader.read(Fixture.path("tabari-verbs.txt"), skips);
    String report = String.join("\n", skips.lines());
    assertTrue(report.contains("pattern lines with words before the verb (dyad keys a trigger on what depends on "
        + "it): 1, the first at "), report);
    assertTrue(report.contains("tabari-verbs.txt:12\n"), report);
    assertTrue(report.contains("pattern lines with an element dyad does not support ('@'): 1, "), report);
    assertTrue(report.contains("not a CAMEO code: '0xx'"), report);
    assertTrue(report.contains("codes not in CAMEO 1.1b3 (cameo.tsv): 1, the first at"), report);
    assertEquals(4, skips.lines().size(), report);
  }

  @Test
  void petrarchClassesGiveEveryMemberTheClassCodeAndPatterns() {
    Skips skips = new Skips();
    List<LexiconEntry> read = VerbPatternReader.read(Fixture.path("petrarch-verbs.txt"), skips);
    assertEquals("quibblate 111, quibblate+disputes 1123, wranglify 111, wranglify+disputes 1123, "
        + "snorkle+plotting 1125", terms(read));
    String report = String.join("\n", skips.lines());
    assertTrue(report.contains("beyond the one dyad keys on"), report);
    assertTrue(report.contains("already read with another code (the first stands)"), report);
  }

  @Test
  void anUndefinedSynonymSetIsAnErrorNamingItsLine() {
    Path f = Fixture.write(dir, "v.txt", "ZORBIFY [112]", "- * &NOWHERE [057]");
    DictionaryException e = assertThrows(DictionaryException.class, () -> VerbPatternReader.read(f, new Skips()));
    assertEquals(f + ":2: synonym set &NOWHERE is not defined", e.getMessage());
  }

  @Test
  void malformedLinesAreErrorsNamingFileAndLine() {
    assertEquals(":1: pattern line before any verb", fault("- * TALKS [040]"));
    assertEquals(":2: pattern line without a [CODE]", fault("ZORBIFY [112]", "- * TALKS"));
    assertEquals(":1: '[' without ']'", fault("ZORBIFY [112"));
    assertEquals(":1: '+' member line outside a synonym set (&NAME)", fault("+TREATY"));
  }

  private String fault(String... lines) {
    Path f = Fixture.write(dir, "bad.txt", lines);
    return assertThrows(DictionaryException.class, () -> VerbPatternReader.read(f, new Skips())).getMessage()
        .substring(f.toString().length());
  }
}
