package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** A pathological article costs about what its distinct sentences cost, and the user is told. */
class PipelineLimitsIT {
  private static final Pipeline PIPELINE = Pipeline.standard();
  private static final String SENTENCE = "Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry "
      + "in Geneva on Monday. ";

  @Test
  void oneSentenceRepeatedFourteenThousandTimesIsCodedAtMostThreeTimesWithAWarning() {
    String text = SENTENCE.repeat(14_000); // 1.4 MB: once took 78 s and 3.1 GB and gave 40,000 events
    PIPELINE.process(new RawDocument("warm.txt", null, RawDocument.Format.TEXT, SENTENCE, null)); // load models
    Pipeline.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> PIPELINE.process(new RawDocument("loop.jsonl:1", null, RawDocument.Format.TEXT, text, null)));
    assertTrue(r.events().size() >= 1 && r.events().size() <= 3, r.events().size() + " events");
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).startsWith("13,997 repeated copies of sentences left out"), r.warnings().get(0));
    r.events().forEach(e -> assertEquals(e.sentence().strip(), SENTENCE.strip()));
  }
}
