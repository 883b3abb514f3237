package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineEvalResultTest {
  // three outlets on one topic, one on another: the topic, not the folder, is the unit of the average
  private static TimelineEval.Result result() {
    TimelineEval.Result r = new TimelineEval.Result();
    r.add("bpoil_bbc", List.of(fOnly(new double[] {0.10, 0.02, 0.40})));
    r.add("bpoil_reuters", List.of(fOnly(new double[] {0.20, 0.04, 0.50})));
    r.add("bpoil_guardian", List.of(fOnly(new double[] {0.30, 0.06, 0.60})));
    r.add("haiti_bbc", List.of(fOnly(new double[] {0.40, 0.10, 0.90})));
    return r;
  }

  @Test
  void aTopicIsTheFolderNameBeforeItsFirstUnderscore() {
    assertEquals("bpoil", TimelineEval.topicOf("bpoil_washingtonpost"));
    assertEquals("SyrianCrisis", TimelineEval.topicOf("SyrianCrisis_reuters"));
    assertEquals("haiti", TimelineEval.topicOf("haiti"));
  }

  @Test
  void aTopicScoresTheMeanOfItsFolders() {
    Map<String, double[]> topics = result().topics();
    assertEquals(List.of("bpoil", "haiti"), List.copyOf(topics.keySet()));
    assertArrayEquals(new double[] {0.20, 0.04, 0.50}, topics.get("bpoil"), 1e-12);
    assertArrayEquals(new double[] {0.40, 0.10, 0.90}, topics.get("haiti"), 1e-12);
  }

  @Test
  void theAverageIsOverTopicsAndTheFolderMeanIsKeptBesideIt() {
    assertArrayEquals(new double[] {0.30, 0.07, 0.70}, result().averages(), 1e-12);
    assertArrayEquals(new double[] {0.25, 0.055, 0.60}, result().folderAverages(), 1e-12);
  }

  @Test
  void aFolderAveragesItsTimelinesAndATopicAllTheTimelinesOfItsFolders() {
    TimelineEval.Result r = new TimelineEval.Result();
    TimelineEval.Scores good = new TimelineEval.Scores(TimelineEval.Prf.of(1, 1), TimelineEval.Prf.of(1, 1),
        TimelineEval.Prf.of(1, 1));
    TimelineEval.Scores none = new TimelineEval.Scores(TimelineEval.Prf.of(0, 0), TimelineEval.Prf.of(0, 0),
        TimelineEval.Prf.of(0, 0));
    r.add("SyrianCrisis_reuters", List.of(good, none, none));
    r.add("SyrianCrisis_bbc", List.of(good));
    assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, r.rows().get("SyrianCrisis_reuters"), 1e-12);
    // four timelines, two of them perfect: a half, not the mean of the two folders' 1/3 and 1
    assertArrayEquals(new double[] {0.5, 0.5, 0.5}, r.topics().get("SyrianCrisis"), 1e-12);
  }

  @Test
  void newsTlsAveragesPrecisionAndRecallOverAllTimelinesThenTakesTheirF() {
    TimelineEval.Prf none = TimelineEval.Prf.of(0, 0);
    TimelineEval.Result r = new TimelineEval.Result();
    r.add("a_x", List.of(new TimelineEval.Scores(none, none, TimelineEval.Prf.of(1.0, 0.5))));
    r.add("b_x", List.of(new TimelineEval.Scores(none, none, TimelineEval.Prf.of(0.2, 0.8))));
    // mean P 0.6 and mean R 0.65 give 0.624; the mean of the two F (0.667 and 0.32) would be 0.493
    assertEquals(2 * 0.6 * 0.65 / 1.25, r.newsTlsAverages()[2], 1e-12);
    assertEquals((2 / 3.0 + 0.32) / 2, r.averages()[2], 1e-12);
  }

  @Test
  void theTableAndTheJsonGiveEveryAverage() {
    String table = result().table();
    assertTrue(table.contains("bpoil (3)                    0.200   0.040   0.500"), table);
    assertTrue(table.contains("average over 2 topics        0.300   0.070   0.700"), table);
    assertTrue(table.contains("mean over 4 folders          0.250   0.055   0.600"), table);
    assertTrue(table.contains("news-tls's (4 timelines)     0.250   0.055   0.600"), table);
    Map<String, Object> json = result().figures();
    assertEquals(0.70, (double) ((Map<?, ?>) json.get("average")).get("date_f1"), 1e-12);
    assertEquals(0.60, (double) ((Map<?, ?>) json.get("mean_over_folders")).get("date_f1"), 1e-12);
    assertEquals(0.60, (double) ((Map<?, ?>) json.get("news_tls_average")).get("date_f1"), 1e-12);
    assertEquals(2, ((Map<?, ?>) json.get("topics")).size());
    assertEquals(4, ((Map<?, ?>) json.get("folders")).size());
  }

  // a timeline's scores with precision and recall equal to the F given: AR-1, AR-2, date
  static TimelineEval.Scores fOnly(double[] f) {
    return new TimelineEval.Scores(new TimelineEval.Prf(f[0], f[0], f[0]), new TimelineEval.Prf(f[1], f[1], f[1]),
        new TimelineEval.Prf(f[2], f[2], f[2]));
  }
}
