package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.eval.EventsEval;
import org.dyad.eval.EventsEval.Stage;
import org.junit.jupiter.api.Test;

/**
 * events-reuters floors: the raw 1987 wire text ingested as one corpus, scored with its README's metric. The
 * figures sit just below those reached when pinned, so a change that codes worse fails the build.
 */
class EventsEvalIT {

  @Test
  void reutersEventFiguresStayAboveTheirFloors() throws Exception {
    Path data = Path.of(System.getProperty("dyad.shared", "../../shared")).resolve("bench/events-reuters");
    assumeTrue(Files.isRegularFile(data.resolve("gold.jsonl")), "events-reuters absent at " + data.toAbsolutePath()
        + "; test skipped");
    EventsEval.Result r = EvalEvents.run(data, null, 2);
    String table = r.table();
    assertTrue(r.share(Stage.SENTENCE) >= FLOOR[0], "cue sentence below its floor\n" + table);
    assertTrue(r.share(Stage.ACTORS) >= FLOOR[1], "actors below the floor\n" + table);
    assertTrue(r.share(Stage.TYPE) >= FLOOR[2], "type below the floor\n" + table);
    assertTrue(r.share(Stage.STATUS) >= FLOOR[3], "status below the floor\n" + table);
    assertTrue(r.coreRecall() >= FLOOR[4], "core recall below the floor\n" + table);
    assertTrue(r.precision() >= PRECISION_FLOOR, "precision below the floor\n" + table);
    assertTrue(r.anticipatedAsOccurred() <= MAX_AS_OCCURRED, "more planned/hypothetical events as occurred\n" + table);
  }

  // pinned at 0.905 / 0.766 / 0.715 / 0.686 / 0.657 (from the cue's sentence, + actors, + type, + status, + date =
  // core recall: 124, 105, 98, 94, 90 of 137) and precision 0.864 (191/221), measured at the commit that pinned them
  private static final double[] FLOOR = {0.904, 0.765, 0.714, 0.685, 0.656};
  private static final double PRECISION_FLOOR = 0.863;
  // the target is 0; the two left are documented in docs/events.md
  private static final int MAX_AS_OCCURRED = 2;
}
