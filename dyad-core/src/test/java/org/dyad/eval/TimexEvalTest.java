package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

  @Test
  void rejectsAMissingFolder() {
    assertThrows(IllegalArgumentException.class, () -> TimexEval.run(Path.of("no/such/folder")));
  }
}
