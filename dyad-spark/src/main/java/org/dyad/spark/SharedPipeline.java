package org.dyad.spark;

import org.dyad.pipeline.Pipeline;

/** One pipeline per executor JVM, built on first use; CoreNLP's models load once and serve every task. */
final class SharedPipeline {
  private static volatile Pipeline pipeline;

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
}
