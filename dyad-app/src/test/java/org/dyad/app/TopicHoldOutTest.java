package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dyad.eval.TimelineEval;
import org.junit.jupiter.api.Test;

class TopicHoldOutTest {
  private static final double[] GOOD = {0.2, 0.05, 0.6};
  private static final double[] BAD = {0.1, 0.02, 0.3};

  private static TimelineEval.Result result(double[] a, double[] b) {
    TimelineEval.Result r = new TimelineEval.Result();
    r.put("alpha_one", a);
    r.put("alpha_two", a);
    r.put("beta_one", b);
    return r;
  }

  @Test
  void scoresEachTopicWithTheGridPointTheOtherTopicsChose() {
    // grid point 0 suits alpha, grid point 1 suits beta: each topic is scored with the other's choice
    TopicHoldOut.Outcome o = TopicHoldOut.of(List.of(result(GOOD, BAD), result(BAD, GOOD)));
    assertEquals(Map.of("alpha", 1, "beta", 0), o.chosen());
    o.heldOut().rows().values().forEach(row -> assertArrayEquals(BAD, row, 1e-12));
  }

  @Test
  void aGridPointBestEverywhereIsChosenForEveryTopic() {
    TopicHoldOut.Outcome o = TopicHoldOut.of(List.of(result(BAD, BAD), result(GOOD, GOOD)));
    assertEquals(Map.of("alpha", 1, "beta", 1), o.chosen());
    assertArrayEquals(GOOD, o.heldOut().averages(), 1e-12);
  }

  @Test
  void aTopicIsTheFolderNameBeforeItsFirstUnderscore() {
    assertEquals("bpoil", TopicHoldOut.topic("bpoil_washingtonpost"));
    assertEquals("haiti", TopicHoldOut.topic("haiti"));
  }
}
