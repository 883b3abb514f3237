package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import java.util.function.Supplier;
import org.dyad.events.EventCoder;
import org.dyad.model.Article;
import org.dyad.model.EventExplanation;
import org.dyad.store.Store;

/**
 * {@code GET /api/events/{id}/explanation?article=ID}: why an event was coded as it was (mentions, lexicon entry,
 * pattern, status and date cues), as {@code dyad code --explain} shows it; the article is coded again to get it.
 */
final class ExplanationHandler implements Handler {
  private static final Set<String> ALLOWED = Set.of("article");
  private final Store store;
  private final Supplier<EventCoder> coder;

  ExplanationHandler(Store store) {
    this.store = store;
    // CoreNLP loads on the first explanation, not at start: most sessions never ask for one
    this.coder = new Lazy<>(EventCoder::new);
  }

  @Override
  public void handle(Context ctx) {
    Params p = Params.of(ctx, ALLOWED);
    String eventId = ctx.pathParam("id");
    String articleId = p.required("article");
    Article a = store.article(articleId)
        .orElseThrow(() -> ApiError.notFound("no article with id '" + articleId + "'"));
    EventExplanation found = coder.get().codeWithSentences(a.id(), a.outlet(), a.published(), a.dateline(), a.text())
        .events().stream()
        .filter(x -> x.event().id().equals(eventId)).findFirst()
        .orElseThrow(() -> ApiError.notFound("this build codes no event '" + eventId + "' in article '" + articleId
            + "' (was the store built by another version?)"));
    ctx.json(found);
  }

  /** A value made once, on first use, by one thread. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private T value;

    Lazy(Supplier<T> maker) {
      this.maker = maker;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = maker.get();
      }
      return value;
    }
  }
}
