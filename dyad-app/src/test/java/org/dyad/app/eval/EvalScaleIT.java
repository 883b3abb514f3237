package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval scale} end to end on a corpus of three stories we wrote: blocks, a real server, generated events, the writer's batches. */
class EvalScaleIT {
  @TempDir
  Path dir;

  @Test
  void ingestsCopiesBlockByBlockAndTimesTheReadRoutesOnARealServer() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus/topic/2013-02-02"));
    String[] stories = {
        "Lavrov met Kerry in Munich on Saturday to discuss the Syrian war, the Russian Foreign Ministry said.",
        "Russia accused the United States of meddling in Syria on Sunday, a spokesman said in Moscow.",
        "The United States imposed sanctions on Russia on Monday, the Treasury Department said in Washington."};
    for (int i = 0; i < stories.length; i++) {
      Files.writeString(corpus.resolve(i + ".txt"), "Story " + i + "\n\n" + stories[i] + " " + stories[i] + "\n");
    }
    List<Path> files;
    try (var walk = Files.walk(dir.resolve("corpus"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Report r = EvalScale.report(new EvalScale.Options(dir.resolve("corpus"), files, 6, 3, 2000, 2, 1, 2));
    String text = r.text();
    assertTrue(text.contains("/api/series"), text);
    assertTrue(text.contains("/api/events"), text);
    assertTrue(text.contains("/api/timeline"), text);
    Map<String, Object> json = r.figures();
    assertEquals(2, ((List<?>) json.get("blocks")).size(), json.toString());
    // the writer's two batches, each timed, went into the generated store through the writer
    assertTrue(text.contains("writer: 2 batches of 256 articles x 10 events"), text);
    Map<?, ?> writer = (Map<?, ?>) ((Map<?, ?>) json.get("generated_store")).get("writer");
    assertEquals(2, ((List<?>) writer.get("batch_s")).size(), writer.toString());
    assertEquals(2000L + 2 * 256 * 10, writer.get("events_after"), writer.toString());
    assertTrue(text.contains("store after the batches: 7120 events"), text);
  }
}
