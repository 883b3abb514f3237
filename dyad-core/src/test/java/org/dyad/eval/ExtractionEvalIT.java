package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The extraction-zyte floor: the build fails when the extractor falls below the pinned figures. */
class ExtractionEvalIT {
  // pinned from the figures reached on branch html (P 0.990, R 0.982, F1 0.986), rounded down by about 0.005
  private static final double F1_FLOOR = 0.980;
  private static final double PRECISION_FLOOR = 0.985;
  private static final double RECALL_FLOOR = 0.977;
  private static final long MILLIS_LIMIT = 10_000;

  @Test
  void staysAboveThePinnedFloor() {
    Path bench = Path.of(System.getProperty("dyad.shared", "../shared")).resolve("bench/extraction-zyte");
    Assumptions.assumeTrue(Files.isDirectory(bench), "extraction-zyte benchmark absent at " + bench);
    ExtractionEval.Result result = new ExtractionEval().run(bench);
    System.out.print(result.table());
    assertTrue(result.f1() >= F1_FLOOR, "F1 " + result.f1() + " below floor " + F1_FLOOR);
    assertTrue(result.precision() >= PRECISION_FLOOR, "precision " + result.precision());
    assertTrue(result.recall() >= RECALL_FLOOR, "recall " + result.recall());
    // CPU time, not wall time: other builds on the machine must not fail this one
    assertTrue(result.extractCpuMs() < MILLIS_LIMIT, "extraction took " + result.extractCpuMs() + " ms of CPU");
  }
}
