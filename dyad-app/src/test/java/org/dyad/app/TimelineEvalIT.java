package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.app.EvalTimelines.Variant;
import org.dyad.eval.TimelineEval;
import org.dyad.timeline.TimelineBuilder.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline17 floors: the figures dyad reached when they were pinned, a little below, so a change that makes
 * timelines worse fails the build. Ingests the 17 topics once and scores four variants on the same stores.
 */
class TimelineEvalIT {
  @TempDir
  Path stores;

  @Test
  void timeline17FiguresStayAboveTheirFloors() throws Exception {
    Path t17 = Path.of(System.getProperty("dyad.shared", "../../shared")).resolve("bench/t17");
    assumeTrue(Files.isDirectory(t17), "Timeline17 absent at " + t17.toAbsolutePath() + "; test skipped");
    List<TimelineEval.Result> results = EvalTimelines.run(t17, List.of(new Variant(Method.MENTIONS, false),
        new Variant(Method.MENTIONS, true), new Variant(Method.BASELINE, false), new Variant(Method.SHARE, true)),
        stores, 2);
    atLeast(results.get(0), FLOOR_AR1, FLOOR_AR2, FLOOR_DATE_F1);
    atLeast(results.get(1), SPAN_AR1, SPAN_AR2, SPAN_DATE_F1);
    atLeast(results.get(3), SHARE_SPAN_AR1, SHARE_SPAN_AR2, SHARE_SPAN_DATE_F1);
    // the baseline checks the scorer: docs/benchmarks.md gives about 0.082 / 0.022 / 0.467
    double[] baseline = results.get(2).averages();
    assertTrue(Math.abs(baseline[0] - 0.082) < 0.01 && Math.abs(baseline[2] - 0.467) < 0.06, results.get(2).table());
  }

  private static void atLeast(TimelineEval.Result result, double ar1, double ar2, double dateF1) {
    double[] a = result.averages();
    assertTrue(a[0] >= ar1 && a[1] >= ar2 && a[2] >= dateF1, "below the floors " + ar1 + " / " + ar2 + " / "
        + dateF1 + ":\n" + result.table());
  }

  // reached 0.1305 / 0.0486 / 0.5576 as the task is given in docs/benchmarks.md (later mentions that name the
  // day count three times, no time-stamp sentences; docs/timelines.md). The evaluation is deterministic, so the floors sit just below: a
  // merge once cost 0.002 unseen behind floors 0.004 lower.
  private static final double FLOOR_AR1 = 0.130;
  private static final double FLOOR_AR2 = 0.048;
  private static final double FLOOR_DATE_F1 = 0.557;
  // within each reference's span, news-tls's protocol: 0.1417 / 0.0518 / 0.6418 (DATEWISE 0.120 / 0.035 / 0.544)
  private static final double SPAN_AR1 = 0.141;
  private static final double SPAN_AR2 = 0.051;
  private static final double SPAN_DATE_F1 = 0.641;
  // --method share within each reference's span: 0.1532 / 0.0665 / 0.6089 (docs/timelines.md)
  private static final double SHARE_SPAN_AR1 = 0.153;
  private static final double SHARE_SPAN_AR2 = 0.066;
  private static final double SHARE_SPAN_DATE_F1 = 0.608;
}
