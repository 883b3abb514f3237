package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Gives a person the country and sector of an apposition that follows the name:
 * "Alexei Pushkov, chairman of Russian State Duma's International Affairs Committee" → RUS/LEG,
 * "Makoto Kuroda, vice minister of Japan's trade ministry" → JPN/GOV, "Kuroda, Japan's vice minister" → JPN/GOV;
 * and of a title that the name follows as an apposition: "the Deputy U.S. Trade Representative, Michael Smith," → USA/GOV.
 */
final class Appositions {
  private static final Set<String> SKIP = Set.of("a", "an", "the", "former", "then", "its", "his", "her");
  /** Words a title may take before its head that the matcher leaves out ("vice", "deputy", "senior"): at most this many. */
  private static final int MODIFIERS = 2;
  /** Words before a title that make it a common noun phrase: "the U.S. Trade Representative", "Japan's". */
  private static final Set<String> TITLE_OPENERS = Set.of("the", "a", "an", "'s");

  private Appositions() {}

  static List<Mention> apply(Sentence s, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.person() && (m.code() == null || m.sector() == null)) {
        int j = titleAfter(s, out, i);
        if (j >= 0) {
          int k = titleOfCountry(s, out, j);
          out.set(i, merged(s, m, out, j, k));
          if (k >= 0) {
            out.remove(k);
          }
          out.remove(j);
        } else if ((j = titleBefore(s, out, i)) >= 0) {
          Mention title = out.get(j);
          out.set(i, m.with(first(m.code(), title.code()), first(m.sector(), title.sector()), m.name(),
              m.resolution().naming(title.text()), m.how() + "; apposition to '" + title.text() + "'"));
        }
      }
    }
    return out;
  }

  /**
   * Index of the title mention that heads "Title , Name" where the name closes the apposition (a comma or the end
   * follows, or a verb when the title opens the sentence; never "and"/"or", which make a list), or -1. The title
   * keeps its place: it heads the phrase.
   */
  private static int titleBefore(Sentence s, List<Mention> ms, int i) {
    Mention person = ms.get(i);
    if (i == 0 || person.start() < 2 || !s.tokens().get(person.start() - 1).word().equals(",")) {
      return -1;
    }
    Mention title = ms.get(i - 1);
    boolean adjacent = title.end() == person.start() - 1;
    if (!adjacent || title.person() || title.place() || title.sector() == null || title.code() == null) {
      return -1;
    }
    // a title reads as a common noun ("Japan's trade minister") or takes an article ("the U.S. Trade Representative");
    // a bare capitalised name before the comma is a place or an organisation ("In Tokyo, Nakasone said")
    String last = s.tokens().get(title.end() - 1).word();
    String before = title.start() == 0 ? "" : s.tokens().get(title.start() - 1).word().toLowerCase();
    if (!Character.isLowerCase(last.charAt(0)) && !TITLE_OPENERS.contains(before)) {
      return -1;
    }
    // one person is no apposition to a plural ("after talks with South Korean leaders, Baldrige called …")
    if (s.tokens().get(title.end() - 1).pos().endsWith("S")) {
      return -1;
    }
    int after = person.end();
    if (after < s.tokens().size()) {
      String w = s.tokens().get(after).word();
      // a verb right after the name closes the apposition only when the title opens the sentence; elsewhere the
      // comma ends an opening phrase and the name is the subject
      boolean opens = title.start() <= 1 && (title.start() == 0 || s.tokens().get(0).pos().equals("DT"));
      boolean closes = w.equals(",") || w.equals(".") || w.equals("(") || (opens && s.tokens().get(after).verb());
      if (!closes) {
        return -1;
      }
    }
    return i - 1;
  }

  /** After a country apposition ("Japan 's vice minister"), the index of the title it owns, or -1. */
  private static int titleOfCountry(Sentence s, List<Mention> ms, int j) {
    Mention country = ms.get(j);
    if (country.sector() != null || j + 1 >= ms.size()) {
      return -1;
    }
    Mention next = ms.get(j + 1);
    if (next.person() || next.sector() == null || !s.tokens().get(country.end()).word().equals("'s")) {
      return -1;
    }
    return next.start() >= country.end() + 1 && next.start() <= country.end() + 1 + MODIFIERS
        && modifiers(s, country.end() + 1, next.start()) ? j + 1 : -1;
  }

  /** True when tokens {@code from} to {@code to} (exclusive) are adjectives or nouns that modify a title. */
  private static boolean modifiers(Sentence s, int from, int to) {
    for (int t = from; t < to; t++) {
      String pos = s.tokens().get(t).pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NN"))) {
        return false;
      }
    }
    return true;
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
    // "Kuroda, vice minister of ...": a title's own modifiers that the matcher leaves out
    for (int n = 0; n < MODIFIERS && t + 1 < s.tokens().size() && lowerModifier(s.tokens().get(t))
        && !startsMention(ms, i, t); n++) {
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

  private static boolean lowerModifier(Token t) {
    return Character.isLowerCase(t.word().charAt(0)) && (t.pos().startsWith("JJ") || t.pos().equals("NN"));
  }

  private static boolean startsMention(List<Mention> ms, int i, int t) {
    return ms.subList(i + 1, ms.size()).stream().anyMatch(m -> m.start() == t);
  }

  private static Mention merged(Sentence s, Mention person, List<Mention> ms, int j, int k) {
    Mention title = ms.get(j);
    Mention owned = k < 0 ? null : ms.get(k);
    Mention of = ofPhrase(s, ms, owned == null ? title : owned);
    String code = first(person.code(), title.code(), owned == null ? null : owned.code(), of == null ? null : of.code());
    String sector = first(person.sector(), title.sector(), owned == null ? null : owned.sector(),
        of == null ? null : of.sector());
    String how = person.how() + "; apposition '" + title.text() + "'" + (owned == null ? "" : " '" + owned.text() + "'")
        + (of == null ? "" : " of '" + of.text() + "'");
    Resolution r = person.resolution().naming(title.text());
    r = owned == null ? r : r.naming(owned.text());
    r = of == null ? r : r.naming(of.text());
    return person.with(code, sector, person.name(), r, how);
  }

  /**
   * The mention right after "of [the]" that follows a title ("chairman of Russian State Duma"), or the state that
   * closes the organisation so named ("chairman of the Electronic Industries Association of Japan").
   */
  private static Mention ofPhrase(Sentence s, List<Mention> ms, Mention title) {
    Mention direct = ArticleActors.after(s, ms, title, "of");
    if (direct != null || title.end() >= s.tokens().size() || !s.tokens().get(title.end()).word().equals("of")) {
      return direct;
    }
    int t = title.end() + 1;
    t += t < s.tokens().size() && s.tokens().get(t).word().equalsIgnoreCase("the") ? 1 : 0;
    int names = 0;
    for (; t < Math.min(s.tokens().size(), title.end() + 9); t++) {
      int at = t;
      Mention state = ms.stream().filter(m -> m.start() == at).findFirst().orElse(null);
      if (state != null) {
        return names > 0 && state.code() != null && !state.person() ? state : null;
      }
      Token w = s.tokens().get(t);
      boolean name = w.pos().startsWith("NNP") && Character.isUpperCase(w.word().charAt(0));
      boolean glue = names > 0 && (w.word().equals("of") || w.word().equals("and") || w.word().equals("for"));
      if (!name && !glue) {
        return null;
      }
      names += name ? 1 : 0;
    }
    return null;
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
