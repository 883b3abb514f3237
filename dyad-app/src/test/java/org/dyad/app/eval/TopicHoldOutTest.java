package org.dyad.app.eval;

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
    r.add("alpha_one", List.of(fOnly(a)));
    r.add("alpha_two", List.of(fOnly(a)));
    r.add("beta_one", List.of(fOnly(b)));
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
  void theOtherTopicsWeighTheSameHoweverManyFoldersTheyHave() {
    // without gamma: point 0 is GOOD on alpha's three folders and BAD on beta, point 1 MID on alpha and GOOD
    // on beta. Over folders alpha would outvote beta three to one and choose point 0; over topics point 1 wins.
    double[] mid = {0.15, 0.03, 0.45};
    TimelineEval.Result first = new TimelineEval.Result();
    TimelineEval.Result second = new TimelineEval.Result();
    for (String folder : List.of("alpha_a", "alpha_b", "alpha_c")) {
      first.add(folder, List.of(fOnly(GOOD)));
      second.add(folder, List.of(fOnly(mid)));
    }
    first.add("beta_a", List.of(fOnly(BAD)));
    second.add("beta_a", List.of(fOnly(GOOD)));
    first.add("gamma_a", List.of(fOnly(BAD)));
    second.add("gamma_a", List.of(fOnly(BAD)));
    assertEquals(1, TopicHoldOut.of(List.of(first, second)).chosen().get("gamma"));
  }

  // a timeline's scores with precision and recall equal to the F given: AR-1, AR-2, date
  static TimelineEval.Scores fOnly(double[] f) {
    return new TimelineEval.Scores(new TimelineEval.Prf(f[0], f[0], f[0]), new TimelineEval.Prf(f[1], f[1], f[1]),
        new TimelineEval.Prf(f[2], f[2], f[2]));
  }
}
