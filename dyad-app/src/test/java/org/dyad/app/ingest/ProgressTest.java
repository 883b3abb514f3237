package org.dyad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong(1_000_000);

  @Test
  void withoutATerminalAPlainLineComesOnlyWhenTheIntervalHasPassed() {
    Progress p = Progress.plain("ingest", 400, out, 5_000, now::get);
    p.step(); // at once: too early for a line
    now.addAndGet(4_999);
    p.step();
    now.addAndGet(1);
    p.step(); // 5 s after the start
    now.addAndGet(2_000);
    p.step(); // 2 s after the last line
    now.addAndGet(5_000);
    p.step();
    p.close();
    assertEquals("ingest: 3 of 400 files (0 %), 5 s\ningest: 5 of 400 files (1 %), 12 s\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theLastStepPrintsNoLineSinceTheSummaryFollows() {
    Progress p = Progress.plain("ingest", 2, out, 0, now::get);
    p.step();
    p.step();
    assertEquals("ingest: 1 of 2 files (50 %), 0 s\n", bytes.toString(StandardCharsets.UTF_8)
        .replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aStreamOfUnknownLengthCountsItsUnitsWithoutATotal() {
    Progress p = Progress.plain("code", -1, "lines", out, 5_000, now::get);
    p.step();
    now.addAndGet(6_000);
    p.step();
    assertEquals("code: 2 lines, 6 s\n", bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
