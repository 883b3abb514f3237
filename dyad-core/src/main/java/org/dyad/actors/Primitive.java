package org.dyad.actors;

import java.util.List;

/** A knowledge-base phrase found in a sentence, covering tokens [t0, t1). */
record Primitive(int t0, int t1, List<KbEntry> entries, String text) {

  boolean has(KbEntry.Kind kind) {
    return entries.stream().anyMatch(e -> e.kind() == kind);
  }

  KbEntry first(KbEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
  }
}
