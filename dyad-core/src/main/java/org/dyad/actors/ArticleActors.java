package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The actor mentions of one article, sentence by sentence, tying later bare mentions ("Lavrov",
 * "Mr. Putin", "he", "the minister") to the earlier full mention. Not thread-safe: one per article.
 */
public final class ArticleActors {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
  private final PhraseMatcher matcher;
  private final ChunkBuilder chunks = new ChunkBuilder();
  private final LocalDate date;
  private final Map<String, Mention> bySurname = new HashMap<>();
  private Mention lastPerson;

  ArticleActors(PhraseMatcher matcher, LocalDate date) {
    this.matcher = matcher;
    this.date = date;
  }

  /** The mentions of the next sentence of the article, in text order. */
  public List<Mention> mentions(Sentence s) {
    List<Mention> found = Appositions.apply(s, chunks.build(s, matcher.match(s, date), date));
    List<Mention> out = new ArrayList<>();
    int next = 0;
    for (int t = 0; t < s.tokens().size(); t++) {
      if (next < found.size() && found.get(next).start() == t) {
        Mention m = remember(corefer(found.get(next)));
        out.add(m);
        t = m.end() - 1;
        next++;
      } else if (PRONOUNS.contains(s.tokens().get(t).word().toLowerCase()) && lastPerson != null) {
        out.add(pronoun(s.tokens().get(t)));
      }
    }
    return out;
  }

  private Mention pronoun(Token t) {
    Mention a = lastPerson;
    return new Mention(t.index(), t.index() + 1, t.index(), t.word(), a.name(), a.code(), a.sector(), true, false,
        "pronoun for '" + a.text() + "'");
  }

  private Mention corefer(Mention m) {
    if (m.person() && m.code() == null && m.name() != null) {
      Mention earlier = bySurname.get(surname(m.name()));
      if (earlier != null) {
        return m.with(earlier.code(), earlier.sector(), earlier.name(), "same person as '" + earlier.text() + "'");
      }
    }
    if (!m.person() && m.code() == null && m.sector() != null && lastPerson != null
        && Character.isLowerCase(m.text().charAt(0))) {
      // "the minister", "the secretary": the last person named, when the title fits
      return lastPerson.sector().equals(m.sector()) ? m.with(lastPerson.code(), lastPerson.sector(),
          lastPerson.name(), "title for '" + lastPerson.text() + "'") : m;
    }
    return m;
  }

  private Mention remember(Mention m) {
    if (m.person() && m.code() != null && m.name() != null && m.sector() != null) {
      bySurname.putIfAbsent(surname(m.name()), m);
      lastPerson = m;
    }
    return m;
  }

  private static String surname(String name) {
    String[] w = name.trim().split("[\\s-]+");
    return w[w.length - 1].toLowerCase();
  }
}
