package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import org.dyad.dictionary.ActorEntry;

/** Resolves the actors a text names, with codes and sectors valid on the event date, from dyad's knowledge base. */
public final class Actors {
  private static volatile Actors shared;
  private final Kb kb;
  private final PhraseMatcher matcher;

  private Actors() {
    this(new Kb());
  }

  private Actors(Kb kb) {
    this.kb = kb;
    matcher = new PhraseMatcher(kb);
  }

  /** A knowledge base of its own: dyad's, with the user's actors added (a name they give replaces dyad's). */
  public static Actors withUser(List<ActorEntry> user) {
    Kb kb = new Kb();
    kb.addUser(user);
    return new Actors(kb);
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
    return forArticle(date, null);
  }

  /**
   * A resolver for one article whose events happen around {@code date}, datelined at {@code dateline} (a wire's
   * "TOKYO"; null when none): officials, police and protesters with no country nearer are of the dateline's.
   */
  public ArticleActors forArticle(LocalDate date, String dateline) {
    return new ArticleActors(matcher, date, datelineState(dateline, date));
  }

  /** The state whose capital (or name) the dateline is on the date ("BONN" in 1987 → DEU), as a mention, or null. */
  private Mention datelineState(String place, LocalDate date) {
    if (place == null || place.isBlank()) {
      return null;
    }
    for (KbEntry e : kb.lookup(String.join(" ", Kb.words(place)))) {
      // a capital or a state: a story datelined GENEVA or VIENNA is as often about talks hosted there
      boolean state = e.kind() == KbEntry.Kind.CAPITAL || e.kind() == KbEntry.Kind.COUNTRY;
      boolean holds = date == null ? e.to() == null : e.validOn(date);
      if (state && holds && e.code() != null) {
        return new Mention(0, 0, 0, place, e.name(), e.code(), null, false, true, Resolution.of(Via.DATELINE, place),
            "dateline " + place);
      }
    }
    return null;
  }
}
