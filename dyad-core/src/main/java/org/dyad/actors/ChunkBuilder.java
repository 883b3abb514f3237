package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.KbEntry.Kind;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Groups adjacent phrases ("US" + "Secretary of State" + "John Kerry") into one actor mention each. */
final class ChunkBuilder {
  /** Marks, in a mention's explanation, a country that only its title implies ("Treasury Secretary" → USA). */
  private static final String IMPLIES = ", which implies ";
  private static final Set<String> GLUE = Set.of("mr.", "mrs.", "ms.", "dr.", "former", "deputy", "acting", "mr", "mrs", "ms");
  private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "outside", "inside");
  private static final Set<String> THROUGH = Set.of("across", "throughout", "into", "within", "around");

  /** "in the country", "across the country": a preposition that makes the phrase after it a place. */
  static boolean placePreposition(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return PLACE_PREPS.contains(w) || THROUGH.contains(w);
  }

  List<Mention> build(Sentence s, List<Primitive> prims, LocalDate date) {
    List<Mention> out = new ArrayList<>();
    int t = 0;
    while (t < s.tokens().size()) {
      List<Primitive> here = startingAt(prims, t);
      if (splitCountries(here)) {
        here.forEach(p -> out.add(resolve(s, List.of(p), p.t0(), p.t1(), date)));
        t++;
      } else if (starts(s, prims, t)) {
        int end = extend(s, prims, t);
        if (!titleAsAdjective(s, prims, t, end) && !stance(s, prims, t, end)) {
          out.add(resolve(s, within(prims, t, end), t, end, date));
        }
        t = end;
      } else {
        t++;
      }
    }
    return out;
  }

  /**
   * "on an official visit", "the military option": a lone lower-case title word that modifies a noun as an
   * adjective names nobody.
   */
  private static boolean titleAsAdjective(Sentence s, List<Primitive> prims, int start, int end) {
    Token tok = s.tokens().get(start);
    return end == start + 1 && tok.pos().startsWith("JJ") && Character.isLowerCase(tok.word().charAt(0))
        && end < s.tokens().size() && s.tokens().get(end).pos().startsWith("NN")
        && startingAt(prims, start).stream().allMatch(p -> p.has(Kind.TITLE));
  }

  /** Role nouns that also name a stance: "the opposition" is a party, "his opposition to protectionism" a view. */
  private static final Set<String> STANCE_NOUNS = Set.of("opposition", "resistance");

  /**
   * "Reagan reaffirmed his opposition to protectionism", "Moscow's resistance to the plan": a lone lower-case
   * role noun of stance followed by "to" is what its owner thinks of something, and names nobody.
   */
  private static boolean stance(Sentence s, List<Primitive> prims, int start, int end) {
    Token tok = s.tokens().get(start);
    return end == start + 1 && STANCE_NOUNS.contains(tok.word()) && end < s.tokens().size()
        && s.tokens().get(end).word().equalsIgnoreCase("to")
        && startingAt(prims, start).stream().allMatch(p -> p.has(Kind.TITLE));
  }

  /** "US-Russia" is one token naming two states: two mentions, never one chunk. */
  private static boolean splitCountries(List<Primitive> here) {
    return here.size() >= 2 && here.stream().allMatch(p -> p.entries().stream().anyMatch(KbEntry::countryLike));
  }

  private static boolean starts(Sentence s, List<Primitive> prims, int t) {
    Token tok = s.tokens().get(t);
    boolean glue = GLUE.contains(tok.word().toLowerCase()) && t + 1 < s.tokens().size() && qualifies(s, prims, t + 1);
    return glue || qualifies(s, prims, t);
  }

  private static boolean qualifies(Sentence s, List<Primitive> prims, int t) {
    Token tok = s.tokens().get(t);
    return covered(prims, t) || (tok.ner().equals("PERSON") && tok.pos().startsWith("NNP"));
  }

  private static int extend(Sentence s, List<Primitive> prims, int t) {
    int end = endOfPrimitiveAt(prims, t, t + 1);
    while (end < s.tokens().size()) {
      if (!startingAt(prims, end).isEmpty() && splitCountries(startingAt(prims, end))) {
        break;
      }
      if (qualifies(s, prims, end)) {
        end = endOfPrimitiveAt(prims, end, end + 1);
      } else if ((GLUE.contains(s.tokens().get(end).word().toLowerCase()) || possessiveTitle(s, prims, end))
          && end + 1 < s.tokens().size() && qualifies(s, prims, end + 1)) {
        end++;
      } else if (hyphenedName(s, end)) {
        end += 2;
      } else if (acronymInParentheses(s, end) && end + 3 < s.tokens().size() && qualifies(s, prims, end + 3)) {
        end += 3; // "Liberal Democratic Party (LDP) executive council chairman Shintaro Abe"
      } else if (portfolio(s, prims, end)) {
        end = titleAfterPortfolio(s, prims, end);
      } else if (namedAfterPortfolio(s, prims, end) > end) {
        end = namedAfterPortfolio(s, prims, end);
      } else {
        break;
      }
    }
    return end;
  }

  /** "(LDP)": an upper-case short form in parentheses, which news writes after a name it will use again. */
  private static boolean acronymInParentheses(Sentence s, int t) {
    if (t + 2 >= s.tokens().size()) {
      return false;
    }
    String open = s.tokens().get(t).word();
    String close = s.tokens().get(t + 2).word();
    String inside = s.tokens().get(t + 1).word();
    return (open.equals("(") || open.equals("-LRB-")) && (close.equals(")") || close.equals("-RRB-"))
        && inside.length() >= 2 && inside.equals(inside.toUpperCase(java.util.Locale.ROOT))
        && inside.chars().anyMatch(Character::isLetter);
  }

  /**
   * "Rha Woong-bae": a hyphen written without spaces between a person's name and a proper noun joins one name,
   * which the tokenizer split in three.
   */
  private static boolean hyphenedName(Sentence s, int t) {
    if (t == 0 || t + 1 >= s.tokens().size() || !s.tokens().get(t).word().equals("-")) {
      return false;
    }
    Token before = s.tokens().get(t - 1);
    Token hyphen = s.tokens().get(t);
    Token after = s.tokens().get(t + 1);
    return before.end() == hyphen.begin() && hyphen.end() == after.begin() && before.ner().equals("PERSON")
        && after.pos().startsWith("NNP");
  }

  /**
   * "Japanese Agriculture Minister", "U.S. Commerce Secretary", "American trade negotiators": the words of a
   * portfolio between a state and a title belong to the mention (at most three, ending at the title).
   */
  private static boolean portfolio(Sentence s, List<Primitive> prims, int t) {
    return titleAfterPortfolio(s, prims, t) > t;
  }

  /** The token where the title after portfolio words starts, or {@code t} when there is none. */
  private static int titleAfterPortfolio(Sentence s, List<Primitive> prims, int t) {
    for (int i = t; i < Math.min(s.tokens().size(), t + 4); i++) {
      Token tok = s.tokens().get(i);
      int at = i;
      if (i > t && prims.stream().anyMatch(p -> p.t0() == at && p.has(Kind.TITLE))) {
        return i;
      }
      // "Commerce", "trade", "financial": a noun or adjective of the portfolio, not a name of its own
      boolean word = (tok.pos().startsWith("NN") || tok.pos().startsWith("JJ")) && !tok.pos().startsWith("NNP")
          || Character.isUpperCase(tok.word().charAt(0)) && tok.pos().startsWith("NNP") && !tok.ner().equals("PERSON");
      word = word && !covered(prims, i);
      boolean and = i > t && (tok.word().equals("and") || tok.word().equals("&"));
      if (!word && !and) {
        return t;
      }
    }
    return t;
  }

  /**
   * "Deputy Under Secretary of Commerce Bruce Smart", "Minister of Trade and Industry Hajime Tamura": a title's "of"
   * and its portfolio (capitalized words, at most four) before a person's name join one mention; the token where the
   * name starts, or {@code t} when the words after the title are not that.
   */
  private static int namedAfterPortfolio(Sentence s, List<Primitive> prims, int t) {
    var tokens = s.tokens();
    boolean afterTitle = prims.stream().anyMatch(p -> p.t1() == t && p.has(Kind.TITLE));
    if (!afterTitle || t + 2 >= tokens.size() || !tokens.get(t).word().equals("of")) {
      return t;
    }
    int i = tokens.get(t + 1).word().equals("the") ? t + 2 : t + 1;
    int words = 0;
    for (; i < Math.min(tokens.size(), t + 7); i++) {
      Token tok = tokens.get(i);
      boolean person = tok.ner().equals("PERSON") && tok.pos().startsWith("NNP");
      if (person) {
        return words > 0 ? i : t;
      }
      boolean portfolioWord = tok.pos().startsWith("NNP") && Character.isUpperCase(tok.word().charAt(0)) && !covered(prims, i)
          || words > 0 && (tok.word().equals("and") || tok.word().equals("&"));
      if (!portfolioWord) {
        return t;
      }
      words++;
    }
    return t;
  }

  /** "Russia's parliament", "Moscow's foreign ministry": a state's possessive before a title is one actor. */
  private static boolean possessiveTitle(Sentence s, List<Primitive> prims, int t) {
    if (!s.tokens().get(t).word().equals("'s") || t + 1 >= s.tokens().size()) {
      return false;
    }
    boolean countryBefore = prims.stream().anyMatch(p -> p.t1() == t && p.entries().stream().anyMatch(KbEntry::countryLike));
    boolean titleAfter = prims.stream().anyMatch(p -> p.t0() == t + 1 && p.has(Kind.TITLE));
    return countryBefore && titleAfter;
  }

  private static int endOfPrimitiveAt(List<Primitive> prims, int t, int dflt) {
    int end = dflt;
    for (Primitive p : prims) {
      if (p.t0() <= t && p.t1() > t) {
        end = Math.max(end, p.t1());
      }
    }
    return end;
  }

  private static boolean covered(List<Primitive> prims, int t) {
    return prims.stream().anyMatch(p -> p.t0() <= t && p.t1() > t);
  }

  private static List<Primitive> startingAt(List<Primitive> prims, int t) {
    return prims.stream().filter(p -> p.t0() == t).toList();
  }

  private static List<Primitive> within(List<Primitive> prims, int start, int end) {
    return prims.stream().filter(p -> p.t0() >= start && p.t1() <= end).toList();
  }

  private Mention resolve(Sentence s, List<Primitive> ps, int start, int end, LocalDate date) {
    Sides sides = Sides.of(ps, date);
    String text = text(s, start, end);
    boolean person = sides.person != null || hasNerPerson(s, start, end);
    String name = sides.person != null ? sides.person.name() : person ? personWords(s, start, end) : sides.name();
    boolean place = sides.placeOnly() && (sides.onlyPlaces() || placePrep(s, start, end));
    if (sides.resolution().implied() && owned(s, start)) {
      // "its secretary of state", "Libya's foreign secretary": the owner's post, not the state the title implies alone
      return new Mention(start, end, end - 1, text, name, null, sides.sector(), person, place, sides.resolution(),
          sides.how() + "; owned by '" + s.tokens().get(start - 1).word() + "', so not that state's");
    }
    return new Mention(start, end, end - 1, text, name, sides.code(), sides.sector(), person, place,
        sides.resolution(), sides.how());
  }

  /** True when a possessive ("its", "their", "Libya's") stands right before the phrase. */
  static boolean owned(Sentence s, int start) {
    if (start == 0) {
      return false;
    }
    var before = s.tokens().get(start - 1);
    return before.pos().equals("PRP$") || before.pos().equals("POS");
  }

  private static boolean placePrep(Sentence s, int start, int end) {
    int i = start - 1;
    if (i >= 0 && s.tokens().get(i).word().equalsIgnoreCase("the")) {
      i--;
    }
    if (i >= 0 && PLACE_PREPS.contains(s.tokens().get(i).word().toLowerCase())) {
      return true;
    }
    // "talks in Italy, Egypt and Norway": a name in a list "A, B and C" that a preposition of place opens is a place
    // too ("at the United Nations Russia and China snubbed", "In Geneva, Iran and the US agreed" are no lists)
    String next = end < s.tokens().size() ? s.tokens().get(end).word().toLowerCase() : "";
    boolean and = next.equals("and") || next.equals("or") || next.equals(",");
    boolean comma = false;
    for (int k = start - 1; k >= Math.max(0, start - 12); k--) {
      var t = s.tokens().get(k);
      String w = t.word().toLowerCase();
      if (w.equals(",")) {
        comma = true;
      } else if (w.equals("and") || w.equals("or")) {
        and = true;
      } else if (PLACE_PREPS.contains(w)) {
        // "In Geneva, Iran and the US agreed": a fronted scene, then the subjects; "calling for change in Algeria
        // and Sudan." is a list of two places that ends its clause ("at the UN Russia and China snubbed" does not)
        return k > 0 && and && (comma || listEndsClause(s, end));
      } else if (!t.pos().startsWith("NNP") && !w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /** After the names of a list ("… Algeria and Sudan"), punctuation or the sentence's end comes. */
  private static boolean listEndsClause(Sentence s, int end) {
    for (int k = end; k < s.tokens().size(); k++) {
      var t = s.tokens().get(k);
      String w = t.word().toLowerCase();
      if (!(w.equals("and") || w.equals("or") || w.equals("the") || t.pos().startsWith("NNP"))) {
        return t.pos().equals(".") || t.pos().equals(",") || t.pos().equals(":");
      }
    }
    return true;
  }

  private static boolean hasNerPerson(Sentence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.tokens().get(i).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private static String personWords(Sentence s, int start, int end) {
    StringBuilder w = new StringBuilder();
    Token last = null;
    for (int i = start; i < end; i++) {
      Token t = s.tokens().get(i);
      if (t.ner().equals("PERSON")) {
        // "Woong-bae", split by the tokenizer, is written as one word again
        w.append(last == null ? "" : last.end() == t.begin() && last.index() == i - 1 ? "" : " ").append(t.word());
        last = t;
      }
    }
    return w.toString();
  }

  static String text(Sentence s, int start, int end) {
    int b = s.tokens().get(start).begin() - s.begin();
    int e = s.tokens().get(end - 1).end() - s.begin();
    return s.text().substring(b, e);
  }

  /** What the phrases of one chunk say about its country, sector and person. */
  private record Sides(KbEntry country, KbEntry title, KbEntry person, KbEntry place, List<Primitive> ps,
      LocalDate date) {
    static Sides of(List<Primitive> ps, LocalDate date) {
      KbEntry country = null;
      KbEntry title = null;
      KbEntry person = null;
      KbEntry place = null;
      for (Primitive p : ps) {
        for (KbEntry e : validOn(p.entries(), date)) {
          if (e.countryLike() && country == null) {
            country = e;
          } else if (e.kind() == Kind.PLACE && place == null) {
            place = e;
          } else if (e.kind() == Kind.TITLE) {
            title = e;
          } else if (e.kind() == Kind.PERSON && (person == null || (!person.validOn(date) && e.validOn(date)))) {
            person = e;
          }
        }
      }
      return new Sides(country, title, person, place, ps, date);
    }

    /**
     * The entries that hold on the date ("Moscow" is the Soviet Union's in 1987), those that still hold when the
     * date is unknown, or all when none does.
     */
    private static List<KbEntry> validOn(List<KbEntry> entries, LocalDate date) {
      if (entries.stream().allMatch(e -> e.from() == null && e.to() == null)) {
        return entries;
      }
      // with no date, a name means what it means today ("Moscow" is Russia's)
      List<KbEntry> valid = entries.stream().filter(e -> e.kind() == Kind.PERSON
          || (date == null ? e.to() == null : e.validOn(date))).toList();
      return valid.isEmpty() ? entries : valid;
    }

    String code() {
      if (country != null) {
        return formerOfEndedState() ? null : country.code();
      }
      if (person != null) {
        return person.code();
      }
      if (title != null && title.code() != null) {
        return title.code();
      }
      return place != null ? place.code() : null;
    }

    /**
     * "Former Soviet leader Mikhail Gorbachev" in 2011: a person of a state that no longer exists on the date (its
     * entry's end passed) held a post there; now he is of no side the chunk names.
     */
    private boolean formerOfEndedState() {
      return person != null && country != null && date != null && country.to() != null && date.isAfter(country.to());
    }

    String sector() {
      if (formerOfEndedState()) {
        return null;
      }
      if (title != null && title.sector() != null && !title.sector().isEmpty()) {
        return title.sector();
      }
      if (person != null) {
        return person.sector();
      }
      return country != null ? country.sector() : null;
    }

    String name() {
      return country != null ? country.name() : place != null ? place.name() : null;
    }

    boolean placeOnly() {
      return person == null && title == null && !ps.isEmpty() && ps.stream().allMatch(p -> p.entries().stream()
          .allMatch(e -> e.kind() != Kind.IGO && e.kind() != Kind.GROUP && e.kind() != Kind.DEMONYM
              && e.kind() != Kind.PERSON));
    }

    /** Every phrase of the chunk names a place on the date: no state, title or person. */
    boolean onlyPlaces() {
      return country == null && title == null && person == null && place != null;
    }

    /** What the coder may test of the chunk: the first part {@link #how()} words, and which parts there are. */
    Resolution resolution() {
      Via via = country != null ? Via.valueOf(country.kind().name()) : title != null ? Via.TITLE
          : person != null ? Via.PERSON : place != null ? Via.PLACE : Via.NO_ENTRY;
      List<String> names = new ArrayList<>();
      if (country != null) {
        names.add(country.name());
      }
      if (title != null) {
        names.add(title.name());
      }
      if (person != null) {
        names.add(person.name());
        if (person.role() != null) {
          names.add(person.role());
        }
      }
      if (place != null && country == null) {
        names.add(place.name());
      }
      return new Resolution(via, title != null, person != null, impliedByTitle(), String.join(" ", names));
    }

    /** True when only the title gives a country: "Treasury Secretary" alone is the United States'. */
    private boolean impliedByTitle() {
      return country == null && person == null && title != null && title.code() != null;
    }

    String how() {
      List<String> parts = new ArrayList<>();
      if (country != null) {
        parts.add(country.kind().name().toLowerCase() + " '" + country.name() + "'"
            + (country.source() == null ? "" : " from " + country.source()));
      }
      if (title != null) {
        parts.add("title '" + title.name() + "'" + (impliedByTitle() ? IMPLIES + title.code() : ""));
      }
      if (person != null) {
        String term = person.role() + " " + person.from() + ".." + (person.to() == null ? "today" : person.to());
        // people.tsv's people are named out of office too; the explanation must not claim the role then
        parts.add("person '" + person.name() + "', " + (person.validOn(date) ? term : "out of office on " + date
            + " (" + term + ")"));
      }
      if (place != null && country == null) {
        parts.add("place '" + place.name() + "'");
      }
      if (country != null && formerOfEndedState()) {
        parts.add("no side: " + country.name() + " no longer existed on " + date);
      }
      return parts.isEmpty() ? "name without knowledge-base entry" : String.join(" + ", parts);
    }
  }
}
