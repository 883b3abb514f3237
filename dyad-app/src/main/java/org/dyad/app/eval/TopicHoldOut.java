package org.dyad.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.eval.TimelineEval;
import org.dyad.util.Validate;

/**
 * A leave-one-topic-out estimate of weights tuned on Timeline17: for each topic, the grid point that scores best
 * on the other topics is scored on it, so every figure comes from weights chosen without its topic. A topic is
 * the part of a folder name before its first underscore ({@link TimelineEval#topicOf}: bpoil_bbc and
 * bpoil_reuters are both BP oil spill); "best" is the mean over the other topics of AR-1 / 0.13 + date F1 / 0.56,
 * the two figures measured against their targets.
 */
final class TopicHoldOut {
  private TopicHoldOut() {}

  /**
   * The held-out figures and the grid point each topic was scored with.
   *
   * @param heldOut every folder's figures under the grid point chosen without its topic
   * @param chosen topic → index into the grid
   */
  record Outcome(TimelineEval.Result heldOut, Map<String, Integer> chosen) {}

  /** Chooses, for each topic, the best of {@code grid} (one result a grid point, same folders) on the others. */
  static Outcome of(List<TimelineEval.Result> grid) {
    Validate.isTrue(!grid.isEmpty(), "grid", grid.size(), "must hold at least one result");
    List<Map<String, double[]>> topics = new ArrayList<>();
    grid.forEach(r -> topics.add(r.topics()));
    Map<String, Integer> chosen = new LinkedHashMap<>();
    for (String topic : new TreeSet<>(topics.get(0).keySet())) {
      int best = 0;
      for (int i = 1; i < topics.size(); i++) {
        if (objective(topics.get(i), topic) > objective(topics.get(best), topic)) {
          best = i;
        }
      }
      chosen.put(topic, best);
    }
    TimelineEval.Result heldOut = new TimelineEval.Result();
    grid.get(0).timelines().keySet().forEach(folder ->
        heldOut.add(folder, grid.get(chosen.get(TimelineEval.topicOf(folder))).timelines().get(folder)));
    return new Outcome(heldOut, chosen);
  }

  // the mean of AR-1 / 0.13 + date F1 / 0.56 over every topic but the one left out
  private static double objective(Map<String, double[]> topics, String leftOut) {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, double[]> e : topics.entrySet()) {
      if (!e.getKey().equals(leftOut)) {
        sum += e.getValue()[0] / 0.13 + e.getValue()[2] / 0.56;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
