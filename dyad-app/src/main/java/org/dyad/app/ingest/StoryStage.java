package org.dyad.app.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventDates;
import org.dyad.pipeline.Pipeline;
import org.dyad.stories.Reprints;
import org.dyad.stories.StoryLinker;
import org.dyad.store.Ingested;
import org.dyad.store.LinkKeys;
import org.dyad.store.Store;

/**
 * The stories stage inside the ingest writer: links each article's events to the stories already stored and
 * marks near-duplicate reprints. It sees every article in turn, so it runs on the single writer thread.
 *
 * <p>It holds nothing of the store: for each batch it asks the store for the signatures sharing a band with the
 * batch's texts and the events sharing a story key (and a date window) with the batch's events, in the order they
 * were linked, and stores the batch's own keys with it ({@link LinkKeys}). So memory is bounded by the batch, and
 * the answers are those of one linker that saw every article in reading order, whatever the batch boundaries.
 */
final class StoryStage {
  private final Store store;

  /** One article's pipeline result waiting for its batch to be linked. */
  record Pending(Pipeline.Result result, String sourceHash, boolean exactReprint) {}

  private StoryStage(Store store) {
    this.store = store;
  }

  /** A stage that continues the stories and reprint signatures of what {@code store} already holds. */
  static StoryStage continuing(Store store) {
    return new StoryStage(store);
  }

  /** The batch ready to store, in its order: events with story ids, quotes, the article each reprints, link keys. */
  List<Ingested> link(List<Pending> batch) {
    List<int[]> signatures = new ArrayList<>();
    Set<String> bands = new LinkedHashSet<>();
    for (Pending p : batch) {
      int[] sig = p.exactReprint() ? null : Reprints.signature(p.result().article().text());
      signatures.add(sig);
      if (sig != null) {
        bands.addAll(Reprints.bands(sig));
      }
    }
    Reprints reprints = Reprints.standard();
    StoryLinker linker = new StoryLinker(List.of());
    store.snapshot(() -> {
      store.signatures(bands).forEach(s -> reprints.remember(s.articleId(), s.signature()));
      recallStories(batch, linker);
      return null;
    });
    List<Ingested> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      out.add(ingested(batch.get(i), signatures.get(i), reprints, linker));
    }
    return out;
  }

  private void recallStories(List<Pending> batch, StoryLinker linker) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    LocalDate from = null;
    LocalDate to = null;
    for (Pending p : batch) {
      articles.add(p.result().article().id());
      for (Event e : p.result().events()) {
        keys.add(key(e));
        LocalDate[] range = dated(e) ? EventDates.range(e.date()) : null;
        if (range != null) {
          from = from == null || range[0].isBefore(from) ? range[0] : from;
          to = to == null || range[1].isAfter(to) ? range[1] : to;
        }
      }
    }
    // one day either side: days one apart agree (StoryLinker)
    store.storyMembers(keys, articles, from == null ? null : from.minusDays(1), to == null ? null : to.plusDays(1))
        .forEach(m -> linker.remember(m.key(), m.storyId(), m.articleId(), m.date(), m.precision()));
  }

  private static Ingested ingested(Pending p, int[] sig, Reprints reprints, StoryLinker linker) {
    Pipeline.Result r = p.result();
    String duplicateOf = p.exactReprint() ? null : reprints.add(r.article().id(), sig);
    List<Event> events = linker.link(r.events());
    LinkKeys links = new LinkKeys(sig, sig == null ? List.of() : Reprints.bands(sig),
        events.stream().map(StoryStage::key).toList());
    return new Ingested(r.article(), p.sourceHash(), events, duplicateOf, r.quotes(), links);
  }

  private static boolean dated(Event e) {
    return e.date() != null && e.precision() != DatePrecision.UNKNOWN;
  }

  private static String key(Event e) {
    return StoryLinker.key(e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
        e.plover(), e.id());
  }
}
