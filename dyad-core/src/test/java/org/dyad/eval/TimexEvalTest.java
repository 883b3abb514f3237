package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexEvalTest {

  private static Path fixtures() throws URISyntaxException {
    return Path.of(TimexEvalTest.class.getResource("/org/dyad/time/tml").toURI());
  }

  @Test
  void countsGoldSystemAndMatchesPerCorpus() throws Exception {
    TimexEval.Result result = TimexEval.run(fixtures());
    TimexEval.Counts mini = result.corpora().get("Mini");
    // gold: Saturday, the next day, three days, last week; the tagger also finds "the spring"
    assertEquals(4, mini.gold());
    assertEquals(5, mini.system());
    assertEquals(4, mini.relaxed());
    assertEquals(mini, result.overall());
  }

  @Test
  void scoresValuesOnlyOverMatchedDatesAndTimes() throws Exception {
    TimexEval.Counts c = TimexEval.run(fixtures()).overall();
    assertEquals(3, c.dateTimeMatched());
    Map<String, Double> figures = c.figures();
    assertEquals(0.8, figures.get("relaxed_p"));
    assertEquals(1.0, figures.get("relaxed_r"));
    assertEquals(0.8889, figures.get("relaxed_f1"));
  }

  @Test
  void reportsEachSpuriousExpression() throws Exception {
    List<String> errors = new ArrayList<>();
    TimexEval.run(fixtures(), errors::add);
    assertTrue(errors.stream().anyMatch(e -> e.contains("SPURIOUS") && e.contains("[the spring]")), errors::toString);
  }

  @Test
  void printsATableWithOneColumnPerCorpusAndOverallAndOneRowPerMetric() throws Exception {
    String table = TimexEval.run(fixtures()).table();
    String header = table.lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("metric") && header.contains("Mini") && header.endsWith("overall"), table);
    assertTrue(table.contains("\nrelaxed_f1 ") && table.contains("\nvalue_accuracy "), table);
    assertTrue(TimexEval.run(fixtures()).toMap().containsKey("overall"));
  }

  @ParameterizedTest
  @CsvSource({"2000-W7, 2000-W07", "2000-W7-WE, 2000-W07-WE", "198X, 198", "19XX, 19", "199, 199X",
      "1989-11-06T17, 1989-11-06T17:00", "2000-04-06T04:00, 2000-04-06T04", "1998-08-07, 1998-08-07"})
  void takesTwoSpellingsOfOneValueAsEquivalent(String gold, String system) {
    assertTrue(TimexEval.equivalent(gold, system), gold + " vs " + system);
  }

  @ParameterizedTest
  @CsvSource({"1949-XX, 1949", "2000-W17, 2000-W07", "19XX, 199", "198X, 1989", "T17:30, T17",
      "1989-10-27T24, 1989-10-27T00:00", "2000-W7, 2000-W70", "1998-08, 1998-08-01"})
  void keepsDifferentValuesOrGranularitiesApart(String gold, String system) {
    assertFalse(TimexEval.equivalent(gold, system), gold + " vs " + system);
  }

  @Test
  void countsAValueSpelledAnotherWayOnlyInTheEquivalentAccuracy(@TempDir Path dir) throws Exception {
    // the gold writes last week without the leading zero of ISO 8601; the tagger writes 2013-W05
    Path corpus = Files.createDirectories(dir.resolve("Spelling"));
    Files.writeString(corpus.resolve("doc.tml"), """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-02-05" functionInDocument="CREATION_TIME">2013-02-05</TIMEX3></DCT>
        <TEXT>
        Rebels attacked the town <TIMEX3 tid="t1" type="DATE" value="2013-02-02">Saturday</TIMEX3>, officials said \
        <TIMEX3 tid="t2" type="DATE" value="2013-W5">last week</TIMEX3>.
        </TEXT>
        </TimeML>
        """);
    Map<String, Double> figures = TimexEval.run(dir).overall().figures();
    assertEquals(0.5, figures.get("value_accuracy"));
    assertEquals(1.0, figures.get("value_accuracy_equiv"));
  }

  @Test
  void rejectsAMissingFolder() {
    assertThrows(IllegalArgumentException.class, () -> TimexEval.run(Path.of("no/such/folder")));
  }
}
