package org.dyad.app.ingest;

import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.stories.Reprints;
import org.dyad.stories.StoryLinker;
import org.dyad.store.EventQuery;
import org.dyad.store.Ingested;
import org.dyad.store.Store;

/**
 * The stories stage inside the ingest writer: links each article's events to the stories already stored and
 * marks near-duplicate reprints. It sees every article in turn, so it runs on the single writer thread.
 */
final class StoryStage {
  private final StoryLinker linker;
  private final Reprints reprints;

  private StoryStage(StoryLinker linker, Reprints reprints) {
    this.linker = linker;
    this.reprints = reprints;
  }

  /** A stage that continues the stories and reprint signatures of what {@code store} already holds. */
  static StoryStage continuing(Store store) {
    Reprints reprints = Reprints.standard();
    int page = 1000;
    for (int offset = 0; offset < store.articleCount(); offset += page) {
      for (Article a : store.articles(offset, page)) {
        reprints.add(a.id(), a.text());
      }
    }
    return new StoryStage(new StoryLinker(store.events(EventQuery.all())), reprints);
  }

  /** The result ready to store: events with story ids, its quotes, and the article it reprints, if any. */
  Ingested ingested(Pipeline.Result r, String sourceHash, boolean exactReprint) {
    String duplicateOf = exactReprint ? null : reprints.add(r.article().id(), r.article().text());
    return new Ingested(r.article(), sourceHash, linker.link(r.events()), duplicateOf, r.quotes());
  }
}
