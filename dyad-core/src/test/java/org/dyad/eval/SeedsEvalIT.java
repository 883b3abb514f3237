package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** The seed pages' metadata and body checks, pinned: every one must pass. */
class SeedsEvalIT {

  @Test
  void allSeedMetadataAndBodyChecksPass() throws Exception {
    Path shared = SharedData.folder("gold").getParent();
    Extractor extractor = new Extractor();
    SeedsEval.Result result = SeedsEval.run(shared, file -> {
      List<Article> out = new ArrayList<>();
      new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE).read(file, d -> out.add(extractor.extract(d)), s -> { });
      return out.isEmpty() ? null : out.get(0);
    });
    assertEquals(List.of(), result.failures(), result.table());
    assertEquals(1.0, result.metadataRate());
    assertEquals(1.0, result.bodyRate());
  }
}
