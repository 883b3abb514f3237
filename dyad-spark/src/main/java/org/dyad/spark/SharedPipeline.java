package org.dyad.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.dictionary.Dictionaries;
import org.dyad.pipeline.Pipeline;

/** One pipeline per executor JVM, built on first use; CoreNLP's models load once and serve every task. */
final class SharedPipeline {
  private static volatile Pipeline pipeline;
  /** Pipelines with user dictionaries, one per set of dictionaries (each task deserialises its own copy). */
  private static final Map<Dictionaries, Pipeline> WITH_DICTIONARIES = new ConcurrentHashMap<>();

  private SharedPipeline() {}

  static Pipeline get() {
    if (pipeline == null) {
      synchronized (SharedPipeline.class) {
        if (pipeline == null) {
          pipeline = Pipeline.standard();
        }
      }
    }
    return pipeline;
  }

  /** The pipeline with the user's dictionaries added to dyad's (the standard one when there are none). */
  static Pipeline get(Dictionaries user) {
    if (user.isEmpty()) {
      return get();
    }
    return WITH_DICTIONARIES.computeIfAbsent(user, d -> Pipeline.withDictionaries(line -> false, d));
  }
}
