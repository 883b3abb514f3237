package org.dyad.store;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.util.Validate;

/**
 * What the pipeline produced for one input document, ready to store.
 *
 * @param article the clean article
 * @param sourceHash hash of the raw input, so a rerun skips the document without extracting it again
 * @param events the events coded from the article (empty when none)
 * @param duplicateOf the id of an earlier article this one is a near-duplicate reprint of, or null
 * @param quotes the quotes read from the article (empty when none)
 * @param links what later ingests look the article up by, or null when none are kept (later ingests then find
 *     neither it as a reprint source nor its events' stories)
 */
public record Ingested(Article article, String sourceHash, List<Event> events, String duplicateOf, List<Quote> quotes,
    LinkKeys links) {
  public Ingested {
    Validate.notNull(article, "article");
    Validate.notNull(sourceHash, "sourceHash");
    events = events == null ? List.of() : List.copyOf(events);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    Validate.isTrue(links == null || links.storyKeys().isEmpty() || links.storyKeys().size() == events.size(),
        "links", links == null ? 0 : links.storyKeys().size(), "must give one story key an event");
  }

  /** An article with its events, duplicate and quotes, without link keys. */
  public Ingested(Article article, String sourceHash, List<Event> events, String duplicateOf, List<Quote> quotes) {
    this(article, sourceHash, events, duplicateOf, quotes, null);
  }

  /** An article with its events, without quotes. */
  public Ingested(Article article, String sourceHash, List<Event> events, String duplicateOf) {
    this(article, sourceHash, events, duplicateOf, List.of(), null);
  }

  /** An article with its events. */
  public Ingested(Article article, String sourceHash, List<Event> events) {
    this(article, sourceHash, events, null, List.of(), null);
  }

  /** An article without events. */
  public Ingested(Article article, String sourceHash) {
    this(article, sourceHash, List.of(), null, List.of(), null);
  }
}
