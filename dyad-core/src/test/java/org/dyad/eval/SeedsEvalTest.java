package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** The floor on the five seed pages in the shared folder: every metadata and body check passes. */
class SeedsEvalTest {

  @Test
  void everySeedCheckPasses() throws Exception {
    String shared = System.getProperty("dyad.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds"))
        && Files.isRegularFile(Path.of(shared, "gold", "seeds.articles.jsonl")), "no shared seeds folder");
    Extractor extractor = new Extractor();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
    SeedsEval.Result result = SeedsEval.run(Path.of(shared), file -> {
      List<Article> out = new ArrayList<>();
      inputs.read(file, d -> out.add(extractor.extract(d)), skip -> { });
      return out.isEmpty() ? null : out.get(0);
    });
    assertEquals(List.of(), result.failures());
    assertEquals(1.0, result.metadataRate());
    assertEquals(1.0, result.bodyRate());
  }
}
