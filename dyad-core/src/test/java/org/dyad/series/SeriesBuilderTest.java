package org.dyad.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesBuilderTest {

  private static StoryRow story(String id, String day, String plover, double intensity, int mentions) {
    return new StoryRow(id, LocalDate.parse(day), plover, intensity, mentions, "sentence of " + id);
  }

  @Test
  void countsStoriesNotMentionsAndFillsEmptyMonths() {
    DyadSeries s = SeriesBuilder.build("USA:RUS", Period.MONTH, List.of(
        story("s1", "2013-02-02", "CONSULT", 1.0, 50),
        story("s2", "2013-02-20", "ACCUSE", -2.0, 1),
        story("s3", "2013-04-07", "SANCTION", -4.0, 3)));
    assertEquals(List.of("2013-02", "2013-03", "2013-04"), s.points().stream().map(DyadSeries.Point::period).toList());
    DyadSeries.Point feb = s.points().get(0);
    assertEquals(2, feb.stories());
    assertEquals(51, feb.mentions());
    assertEquals(-0.5, feb.meanIntensity());
    assertEquals(-1.0, feb.sumIntensity());
    assertEquals(0.5, feb.cooperationShare());
    assertEquals(1, feb.byQuad().get("verbal-cooperation"));
    assertEquals(1, feb.byQuad().get("verbal-conflict"));
    assertEquals(0, s.points().get(1).stories());
    assertNull(s.points().get(1).meanIntensity());
  }

  @Test
  void emptyStoriesGiveAnEmptySeries() {
    DyadSeries s = SeriesBuilder.build("USA:RUS", Period.MONTH, List.of());
    assertTrue(s.points().isEmpty());
    assertTrue(s.turningPoints().isEmpty());
  }

  @Test
  void marksAFreezeWhereCooperationTurnsToConflict() {
    List<StoryRow> rows = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      rows.add(story("c" + m, "2013-0" + m + "-10", "CONSULT", 1.0 + m % 2, 1));
      rows.add(story("d" + m, "2013-0" + m + "-20", "AGREE", 3.0, 1));
    }
    for (int m = 7; m <= 12; m++) {
      String month = String.format("2013-%02d", m);
      rows.add(story("x" + m, month + "-10", "SANCTION", -4.0 - m % 2, 1));
      rows.add(story("y" + m, month + "-20", "ACCUSE", -2.0, 1));
    }
    DyadSeries s = SeriesBuilder.build("USA:RUS", Period.MONTH, rows);
    assertEquals(1, s.turningPoints().size(), s.turningPoints().toString());
    DyadSeries.TurningPoint tp = s.turningPoints().get(0);
    assertEquals("2013-07", tp.period());
    assertEquals("freeze", tp.kind());
    assertEquals(1.0, tp.shareBefore());
    assertEquals(0.0, tp.shareAfter());
    assertTrue(tp.stories().get(0).startsWith("x"), "the strongest conflict story drives the freeze");
  }

  @Test
  void noTurningPointInAStableSeries() {
    List<StoryRow> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2014-%02d", m);
      rows.add(story("a" + m, month + "-05", "CONSULT", 1.0, 1));
      rows.add(story("b" + m, month + "-15", "ACCUSE", -2.0, 1));
    }
    assertTrue(SeriesBuilder.build("USA:RUS", Period.MONTH, rows).turningPoints().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
      "WEEK, 2013-02-02, 2013-W05, 2013-01-28",
      "MONTH, 2013-02-02, 2013-02, 2013-02-01",
      "QUARTER, 2013-05-17, 2013-Q2, 2013-04-01",
      "YEAR, 2013-05-17, 2013, 2013-01-01",
      "WEEK, 2010-01-02, 2009-W53, 2009-12-28"})
  void periodsLabelAndStartTheirBuckets(Period by, String day, String label, String start) {
    LocalDate s = by.start(LocalDate.parse(day));
    assertEquals(start, s.toString());
    assertEquals(label, by.label(s));
  }
}
