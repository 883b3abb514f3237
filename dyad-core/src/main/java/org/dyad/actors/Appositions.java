package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;

/**
 * Gives a person the country and sector of an apposition that follows the name:
 * "Alexei Pushkov, chairman of Russian State Duma's International Affairs Committee" → RUS/LEG.
 */
final class Appositions {
  private static final Set<String> SKIP = Set.of("a", "an", "the", "former", "then", "its", "his", "her");

  private Appositions() {}

  static List<Mention> apply(Sentence s, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.person() && (m.code() == null || m.sector() == null)) {
        int j = titleAfter(s, out, i);
        if (j >= 0) {
          out.set(i, merged(s, m, out, j));
          out.remove(j);
        }
      }
    }
    return out;
  }

  /** Index of the title mention after "Name ," (skipping articles and "former"), or -1. */
  private static int titleAfter(Sentence s, List<Mention> ms, int i) {
    int t = ms.get(i).end();
    if (t >= s.tokens().size() || !s.tokens().get(t).word().equals(",")) {
      return -1;
    }
    int first = ++t;
    while (t < s.tokens().size() && SKIP.contains(s.tokens().get(t).word().toLowerCase())) {
      t++;
    }
    // the title's phrase may begin at a skipped word: "Abe, former Foreign Minister"
    for (int j = i + 1; j < ms.size(); j++) {
      if (ms.get(j).start() >= first && ms.get(j).start() <= t && !ms.get(j).person()) {
        return j;
      }
    }
    return -1;
  }

  private static Mention merged(Sentence s, Mention person, List<Mention> ms, int j) {
    Mention title = ms.get(j);
    Mention of = ofPhrase(s, ms, title);
    String code = first(person.code(), title.code(), of == null ? null : of.code());
    String sector = first(person.sector(), title.sector(), of == null ? null : of.sector());
    String how = person.how() + "; apposition '" + title.text() + "'" + (of == null ? "" : " of '" + of.text() + "'");
    return person.with(code, sector, person.name(), how);
  }

  /** The mention right after "of [the]" that follows a title ("chairman of Russian State Duma"). */
  private static Mention ofPhrase(Sentence s, List<Mention> ms, Mention title) {
    return ArticleActors.after(s, ms, title, "of");
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }
}
