package org.dyad.events;

import java.util.List;
import org.dyad.actors.Mention;

/** Who did it and to whom, and the pattern that found them (for explanations and confidence). */
record Args(List<Mention> sources, List<Mention> targets, String pattern, double confidence) {
  Args {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  static Args none() {
    return new Args(List.of(), List.of(), "no actors", 0.0);
  }

  boolean empty() {
    return sources.isEmpty() && targets.isEmpty();
  }
}
