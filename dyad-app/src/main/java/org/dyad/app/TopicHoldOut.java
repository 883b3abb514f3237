package org.dyad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.eval.TimelineEval;
import org.dyad.util.Validate;

/**
 * A leave-one-topic-out estimate of weights tuned on Timeline17: for each topic, the grid point that scores best
 * on the other topics is scored on it, so every figure comes from weights chosen without its topic. A topic is
 * the part of a folder name before its first underscore (bpoil_bbc and bpoil_reuters are both BP oil spill);
 * "best" is AR-1 / 0.13 + date F1 / 0.56, the two figures measured against their targets.
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
    List<Map<String, double[]>> rows = new ArrayList<>();
    grid.forEach(r -> rows.add(r.rows()));
    Set<String> topics = new TreeSet<>();
    rows.get(0).keySet().forEach(folder -> topics.add(topic(folder)));
    Map<String, Integer> chosen = new LinkedHashMap<>();
    for (String topic : topics) {
      int best = 0;
      for (int i = 1; i < rows.size(); i++) {
        if (objective(rows.get(i), topic) > objective(rows.get(best), topic)) {
          best = i;
        }
      }
      chosen.put(topic, best);
    }
    TimelineEval.Result heldOut = new TimelineEval.Result();
    rows.get(0).keySet().forEach(folder -> heldOut.put(folder, rows.get(chosen.get(topic(folder))).get(folder)));
    return new Outcome(heldOut, chosen);
  }

  /** The topic of a Timeline17 folder: "bpoil" for "bpoil_bbc". */
  static String topic(String folder) {
    int cut = folder.indexOf('_');
    return cut < 0 ? folder : folder.substring(0, cut);
  }

  // the mean of AR-1 / 0.13 + date F1 / 0.56 over the folders of every topic but the one left out
  private static double objective(Map<String, double[]> rows, String leftOut) {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      if (!topic(e.getKey()).equals(leftOut)) {
        sum += e.getValue()[0] / 0.13 + e.getValue()[2] / 0.56;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
