package org.dyad.actors;

import java.time.LocalDate;

/** Resolves the actors a text names, with codes and sectors valid on the event date, from dyad's knowledge base. */
public final class Actors {
  private static volatile Actors shared;
  private final PhraseMatcher matcher;

  private Actors() {
    matcher = new PhraseMatcher(new Kb());
  }

  /** The knowledge base of this JVM, loaded on first use; thread-safe. */
  public static Actors shared() {
    if (shared == null) {
      synchronized (Actors.class) {
        if (shared == null) {
          shared = new Actors();
        }
      }
    }
    return shared;
  }

  /** A resolver for one article whose events happen around {@code date} (null when unknown). */
  public ArticleActors forArticle(LocalDate date) {
    return new ArticleActors(matcher, date);
  }
}
