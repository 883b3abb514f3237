package org.dyad.store;

import org.dyad.model.Article;
import org.dyad.util.Validate;

/**
 * What the pipeline produced for one input document, ready to store.
 *
 * @param article the clean article
 * @param sourceHash hash of the raw input, so a rerun skips the document without extracting it again
 */
public record Ingested(Article article, String sourceHash) {
  public Ingested {
    Validate.notNull(article, "article");
    Validate.notNull(sourceHash, "sourceHash");
  }
}
