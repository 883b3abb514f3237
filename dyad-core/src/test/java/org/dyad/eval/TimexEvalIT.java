package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Benchmark floor on TimeBank + AQUAINT (timex-tbaq): fails when a figure drops below the pinned one. */
class TimexEvalIT {
  private static TimexEval.Result result;

  @BeforeAll
  static void scoreTheBenchmark() {
    Path data = Path.of(System.getProperty("dyad.shared", "../shared"), "bench", "timex-tbaq");
    assumeTrue(Files.isDirectory(data), "benchmark data not found at " + data.toAbsolutePath());
    result = TimexEval.run(data);
    System.out.print(result.table());
  }

  @Test
  void keepsTheOverallFloor() {
    Map<String, Double> f = result.overall().figures();
    // reached 0.941 / 0.863 / 0.875 / 0.955 (branch timex, 2026-11-24); pinned about 0.005 lower
    atLeast(f, "relaxed_f1", 0.936);
    atLeast(f, "strict_f1", 0.858);
    atLeast(f, "value_accuracy", 0.870);
    atLeast(f, "type_accuracy", 0.950);
  }

  @Test
  void keepsTheFloorOnEachCorpus() {
    Map<String, Double> timeBank = result.corpora().get("TimeBank").figures();
    Map<String, Double> aquaint = result.corpora().get("AQUAINT").figures();
    atLeast(timeBank, "relaxed_f1", 0.936);
    atLeast(timeBank, "strict_f1", 0.868);
    atLeast(timeBank, "value_accuracy", 0.892);
    atLeast(aquaint, "relaxed_f1", 0.935);
    atLeast(aquaint, "strict_f1", 0.838);
    atLeast(aquaint, "value_accuracy", 0.824);
  }

  private static void atLeast(Map<String, Double> figures, String name, double floor) {
    double value = figures.get(name);
    assertTrue(value >= floor, () -> name + " fell to " + value + ", below the pinned " + floor);
  }
}
