package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TimelineMetricTest {
  private static final LocalDate D1 = LocalDate.of(2010, 4, 20);
  private static final LocalDate D2 = LocalDate.of(2010, 5, 2);

  private static SortedMap<LocalDate, List<String>> timeline(Object... dateThenSentence) {
    SortedMap<LocalDate, List<String>> out = new TreeMap<>();
    for (int i = 0; i < dateThenSentence.length; i += 2) {
      out.computeIfAbsent((LocalDate) dateThenSentence[i], d -> new java.util.ArrayList<>())
          .add((String) dateThenSentence[i + 1]);
    }
    return out;
  }

  private final SortedMap<LocalDate, List<String>> reference = timeline(
      D1, "An explosion on the Deepwater Horizon rig kills eleven workers.",
      D2, "President Obama visits the Gulf coast and blames BP for the spill.",
      D2, "Fishing is banned in federal waters off Louisiana.");

  @Test
  void scoresTheReferenceItselfOne() {
    TimelineEval.Scores s = TimelineMetric.score(reference, reference);
    assertEquals(1.0, s.rouge1().f(), 1e-9);
    assertEquals(1.0, s.rouge2().f(), 1e-9);
    assertEquals(1.0, s.dates().f(), 1e-9);
  }

  @Test
  void givesHalfCreditForTheRightSummaryOneDayOff() {
    SortedMap<LocalDate, List<String>> shifted = new TreeMap<>();
    reference.forEach((d, s) -> shifted.put(d.plusDays(1), s));
    TimelineEval.Scores s = TimelineMetric.score(shifted, reference);
    assertEquals(0.5, s.rouge1().f(), 1e-9);
    assertEquals(0.0, s.dates().f(), 1e-9);
  }

  @Test
  void countsClippedUnigramAndBigramHitsAfterStemmingAndStopWords() {
    SortedMap<LocalDate, List<String>> predicted = timeline(D1, "The rig exploded, killing eleven workers.");
    TimelineEval.Scores s = TimelineMetric.score(predicted, reference);
    // predicted terms: rig explod kill eleven worker; reference D1: explos deepwat horizon rig kill eleven worker
    assertEquals(4.0 / 5, s.rouge1().p(), 1e-9);
    assertEquals(4.0 / (7 + 8 + 5), s.rouge1().r(), 1e-9);
    assertEquals(2.0 / 4, s.rouge2().p(), 1e-9);
    assertEquals(1.0, s.dates().p(), 1e-9);
    assertEquals(0.5, s.dates().r(), 1e-9);
  }

  @Test
  void scoresAnEmptyPredictionZero() {
    TimelineEval.Scores s = TimelineMetric.score(new TreeMap<>(), reference);
    assertEquals(0.0, s.rouge1().f());
    assertEquals(0.0, s.dates().f());
  }

  @Test
  void alignsEachPredictedDateToTheNearestReferenceDate() {
    SortedMap<LocalDate, List<String>> predicted = timeline(D2.plusDays(3), "Obama visits the Gulf coast.");
    TimelineEval.Scores s = TimelineMetric.score(predicted, reference);
    // all four terms hit the summary of D2, three days away: weight 1/(1+3)
    assertEquals(0.25, s.rouge1().p(), 1e-9);
  }
}
