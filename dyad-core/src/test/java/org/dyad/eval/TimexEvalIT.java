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
    atLeast(f, "relaxed_f1", 0.930);
    atLeast(f, "strict_f1", 0.845);
    atLeast(f, "value_accuracy", 0.845);
    atLeast(f, "type_accuracy", 0.945);
  }

  @Test
  void keepsTheFloorOnEachCorpus() {
    atLeast(result.corpora().get("TimeBank").figures(), "relaxed_f1", 0.930);
    atLeast(result.corpora().get("AQUAINT").figures(), "relaxed_f1", 0.925);
    atLeast(result.corpora().get("TimeBank").figures(), "value_accuracy", 0.86);
    atLeast(result.corpora().get("AQUAINT").figures(), "value_accuracy", 0.79);
  }

  private static void atLeast(Map<String, Double> figures, String name, double floor) {
    double value = figures.get(name);
    assertTrue(value >= floor, () -> name + " fell to " + value + ", below the pinned " + floor);
  }
}
