package org.dyad.store;

import java.util.List;

/**
 * What later ingests look an article up by, stored in the batch's transaction so that ingest memory is bounded by
 * the batch, not the store: the MinHash signature of its text with its band keys (reprints), and the story key of
 * each of its events (stories).
 *
 * @param signature the MinHash signature of the text, or null for a text too short to have one
 * @param bands the band keys of the signature (empty without one)
 * @param storyKeys the story key of each event, in the order of {@link Ingested#events()}
 */
public record LinkKeys(int[] signature, List<String> bands, List<String> storyKeys) {
  /** Copies the lists. */
  public LinkKeys {
    bands = bands == null ? List.of() : List.copyOf(bands);
    storyKeys = storyKeys == null ? List.of() : List.copyOf(storyKeys);
  }

  /** A stored event as the story linker needs it, returned in the order events were linked. */
  public record Member(String key, String storyId, String articleId, String date, String precision) {}

  /** A stored article's signature, returned in the order articles were stored. */
  public record Signature(String articleId, int[] signature) {}
}
