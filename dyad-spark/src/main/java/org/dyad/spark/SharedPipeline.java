package org.dyad.spark;

import org.dyad.dictionary.Dictionaries;
import org.dyad.extract.RepeatedLines;
import org.dyad.pipeline.Pipeline;

/**
 * One pipeline per executor JVM, built on first use; CoreNLP's models load once and serve every task. A job's
 * pipeline is the embedded ingest's: the furniture lines its repeated-lines pass found and the user's
 * dictionaries; a later job with other settings replaces it.
 */
final class SharedPipeline {
  private record Setup(RepeatedLines repeated, Dictionaries user) {}

  private record Built(Setup setup, Pipeline pipeline) {}

  private static volatile Built current;

  private SharedPipeline() {}

  /** The pipeline told {@code repeated} lines and coding with the user's dictionaries added to dyad's. */
  static Pipeline get(RepeatedLines repeated, Dictionaries user) {
    Setup setup = new Setup(repeated, user);
    Built b = current;
    if (b == null || !b.setup().equals(setup)) {
      synchronized (SharedPipeline.class) {
        b = current;
        if (b == null || !b.setup().equals(setup)) {
          b = new Built(setup, Pipeline.withDictionaries(repeated, user));
          current = b;
        }
      }
    }
    return b.pipeline();
  }
}
