package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.app.eval.EvalTimelines.Variant;
import org.dyad.eval.TimelineEval;
import org.dyad.timeline.TimelineBuilder.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline17 floors: the figures dyad reached when they were pinned, a little below, so a change that makes
 * timelines worse fails the build. Ingests the 17 folders once and scores four variants on the same stores.
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
    atLeast(results.get(0).averages(), FLOOR, results.get(0));
    atLeast(results.get(0).folderAverages(), FOLDERS_FLOOR, results.get(0));
    atLeast(results.get(1).averages(), SPAN_FLOOR, results.get(1));
    atLeast(results.get(1).folderAverages(), SPAN_FOLDERS_FLOOR, results.get(1));
    atLeast(results.get(3).averages(), SHARE_SPAN_FLOOR, results.get(3));
    // the baseline checks the scorer and the average: the benchmark notes give about 0.082 / 0.022 / 0.467. Ours
    // gives 0.089 / 0.026 / 0.488 (0.483 before BBC's later reader comments were cut) with cleaner lead sentences
    // and earliest-first ties; its folder mean, 0.427, would be far off, which is how the average was found to be
    // over topics
    double[] baseline = results.get(2).averages();
    assertTrue(Math.abs(baseline[0] - 0.082) < 0.01 && Math.abs(baseline[2] - 0.467) < 0.025, results.get(2).table());
  }

  private static void atLeast(double[] a, double[] floor, TimelineEval.Result result) {
    assertTrue(a[0] >= floor[0] && a[1] >= floor[1] && a[2] >= floor[2], "below the floors " + floor[0] + " / "
        + floor[1] + " / " + floor[2] + ":\n" + result.table());
  }

  // The evaluation is deterministic, so the floors sit just below the figures reached when they were pinned: a
  // merge once cost 0.002 unseen behind floors 0.004 lower. AR-1 F, AR-2 F, date F1.
  // The task as the benchmark notes give it, averaged over the 9 topics: 0.1406 / 0.0573 / 0.5867 (later mentions
  // that name the day count three times, no time-stamp sentences, no reader comments; docs/timelines.md). It was
  // 0.1414 / 0.0572 / 0.5950 until BBC's "At 13:39 1st Jun 2012 , NAME wrote :" comments were cut (2026-12-06),
  // and 0.1404 / 0.0573 / 0.5876 until Reuters' comment sections and wire credit lines ended the body (2026-12-07):
  // the comments are not the article, though they repeat the news's dates
  // 0.1460 / 0.0616 / 0.5974 since wire datelines are found after photo captions and bylines (Reuters' lead
  // sentences lost the stamp and caption they began with) and cities are places (2026-12-07, third session)
  private static final double[] FLOOR = {0.145, 0.061, 0.597};
  // the same timelines, each of the 17 folders weighing the same: 0.1288 / 0.0486 / 0.5456 (was 0.1287 / 0.0487 /
  // 0.5462 before the Reuters cut, 0.1303 / 0.0486 / 0.5591 before the BBC one)
  // 0.1348 / 0.0534 / 0.5567 since the dateline and cities change
  private static final double[] FOLDERS_FLOOR = {0.134, 0.053, 0.556};
  // within each reference's span, news-tls's protocol: 0.1511 / 0.0604 / 0.6629; over folders 0.1403 / 0.0517 /
  // 0.6373; news-tls's own average 0.132 / 0.048 / 0.592 (DATEWISE 0.120 / 0.035 / 0.544)
  // 0.1553 / 0.0641 / 0.6720, over folders 0.1445 / 0.0554 / 0.6451, since the dateline and cities change
  private static final double[] SPAN_FLOOR = {0.155, 0.063, 0.671};
  private static final double[] SPAN_FOLDERS_FLOOR = {0.144, 0.055, 0.645};
  // --method share within each reference's span: 0.1629 / 0.0735 / 0.6479 (0.1629 / 0.0736 / 0.6487 before the
  // Reuters cut; docs/timelines.md)
  // 0.1628 / 0.0727 / 0.6507 since the dateline and cities change: AR-2 0.0008 lower, date F1 0.003 higher (the
  // captions cut from Reuters' lead sentences shared some bigrams with the references)
  private static final double[] SHARE_SPAN_FLOOR = {0.162, 0.072, 0.650};
}
