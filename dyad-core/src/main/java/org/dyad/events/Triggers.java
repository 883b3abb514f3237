package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.Mention;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Finds the lexicon's event words in a parsed sentence; a more specific entry ("extend+sanction") wins. */
final class Triggers {
  private static final Set<String> UNDER = Set.of("obj", "xcomp", "nsubj:pass");
  /** The reserved second word of lexicon.tsv: the trigger states a view in a clause rather than threatening. */
  static final String STATEMENT = "statement";
  /** The reserved second word of a warning that says what its addressee must do ("warned Tokyo its package must be significant"). */
  static final String OBLIGATION = "obligation";
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "wo", "'ll");
  private final Lexicon lexicon;
  private final Predicate<Lexicon.Entry> yields;

  Triggers(Lexicon lexicon) {
    this(lexicon, entry -> true);
  }

  /** Triggers whose sentence is worth parsing only for an entry that {@code yields} an event. */
  Triggers(Lexicon lexicon, Predicate<Lexicon.Entry> yields) {
    this.lexicon = lexicon;
    this.yields = yields;
  }

  /** True when some token's lemma is an event word (used to pick the sentences worth parsing). */
  boolean mayHaveEvent(Sentence s) {
    return s.tokens().stream().anyMatch(t -> !lexicon.byLemma(t.lemma()).isEmpty());
  }

  /**
   * True when the sentence may yield a trigger once parsed: some word outside an actor's name has a lexicon
   * entry of its part of speech whose second word, if it needs one, occurs in the sentence. Every trigger that
   * {@link #find} returns on the parse meets this, so skipping the parse of the other sentences loses no event.
   */
  boolean mayHaveTrigger(Sentence s, List<Mention> mentions) {
    for (Token t : s.tokens()) {
      if (insideActor(t, mentions)) {
        continue;
      }
      for (Lexicon.Entry e : lexicon.byLemma(t.lemma())) {
        // a no-event sense ("-") or a comment code PLOVER does not type (01x) can yield no event: no parse for it
        if (yields.test(e) && posFits(e.pos(), t) && (e.second() == null || mentionsWord(s, e.second()))) {
          return true;
        }
      }
    }
    return false;
  }

  List<Trigger> find(Sentence s, List<Mention> mentions) {
    List<Trigger> found = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!insideActor(t, mentions)) {
        Lexicon.Entry e = best(s, t);
        if (e != null) {
          found.add(new Trigger(t.index(), e));
        }
      }
    }
    return withoutSubsumed(s, found);
  }

  private static boolean insideActor(Token t, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.covers(t.index()) && !m.place());
  }

  /** Whether {@link #hasSecond} can hold: the word (or its plural) is in the sentence, or it is a multiword relation. */
  private static boolean mentionsWord(Sentence s, String second) {
    if (second.endsWith(PARTICLE)) {
      return mentionsWord(s, second.substring(0, second.length() - PARTICLE.length()));
    }
    if (second.contains("_")) {
      return true; // a relation such as obl:according_to names two words; let the parse decide
    }
    for (Token c : s.tokens()) {
      String word = c.word().toLowerCase();
      if (c.lemma().equalsIgnoreCase(second) || word.equals(second) || word.equals(second + "s")) {
        return true;
      }
    }
    return false;
  }

  private Lexicon.Entry best(Sentence s, Token t) {
    Lexicon.Entry bare = null;
    for (Lexicon.Entry e : lexicon.byLemma(t.lemma())) {
      if (!posFits(e.pos(), t)) {
        continue;
      }
      if (e.second() != null && hasSecond(s, t.index(), e.second())) {
        return e;
      }
      if (e.second() == null && bare == null) {
        bare = e;
      }
    }
    return bare;
  }

  private static boolean posFits(String pos, Token t) {
    return switch (pos) {
      case "V" -> t.verb();
      case "N" -> t.noun();
      // a statement word is an adjective, a noun or a participle used as one ("was dismayed by")
      default -> t.pos().startsWith("JJ") || t.noun() || t.pos().equals("VBN");
    };
  }

  /** Relations of a phrase that sets the scene of the event rather than completing it. */
  private static final Set<String> CIRCUMSTANCE = Set.of("obl:in", "obl:during", "obl:after", "obl:before",
      "obl:since", "obl:despite", "advcl");

  /** Nouns that measure or group what follows them: "dlrs in tariffs", "a package of sanctions". */
  private static final Set<String> QUANTITIES = Set.of("dlr", "dlrs", "dollar", "million", "mln", "billion", "bln",
      "series", "package", "range", "set", "wave", "round", "raft", "number", "host", "batch", "list", "worth");

  static boolean hasSecond(Sentence s, int t, String second) {
    if (second.equals(STATEMENT)) {
      return states(s, t);
    }
    if (second.equals(OBLIGATION)) {
      return obliges(s, t);
    }
    if (second.endsWith(ALONE)) {
      // "warned against any attempt …" but not "warned Iran against an attack": the word without an addressee
      return !addressed(s, t) && hasSecond(s, t, second.substring(0, second.length() - ALONE.length()));
    }
    for (Dep d : s.children(t)) {
      if (CIRCUMSTANCE.contains(d.rel()) && !d.rel().endsWith(":" + second)) {
        continue; // "In talks with Kato yesterday, Lyng urged Japan to ...": the talks are no object of "urged"
      }
      if (d.rel().equals("mark")) {
        continue; // "in retaliation for what he called Japan's failure": a clause's own "for" is no "call for"
      }
      if (names(s, d, second)) {
        return true;
      }
      // "slap 300 mln dlrs in tariffs on", "impose a series of sanctions": an object that measures the real one
      boolean measure = d.rel().equals("obj") && QUANTITIES.contains(s.tokens().get(d.dep()).lemma().toLowerCase());
      if (measure && s.children(d.dep()).stream().anyMatch(g -> g.rel().startsWith("nmod") && names(s, g, second))) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Sentence s, Dep d, String second) {
    Token c = s.tokens().get(d.dep());
    if (second.endsWith(PARTICLE)) {
      boolean particle = d.rel().equals("compound:prt") || d.rel().equals("advmod");
      return particle && c.word().equalsIgnoreCase(second.substring(0, second.length() - PARTICLE.length()));
    }
    String word = c.word().toLowerCase();
    boolean plural = word.endsWith("s") && word.substring(0, word.length() - 1).equals(second); // "troops" lemma stays "troops"
    return c.lemma().equalsIgnoreCase(second) || word.equals(second) || plural || d.rel().endsWith(":" + second)
        || (CORE_RELATIONS.contains(second) && d.rel().equals(second));
  }

  /** The suffix of a second word that holds only when the trigger has no object: "warn+against:alone". */
  private static final String ALONE = ":alone";

  /** The suffix of a second word that must be a particle of the trigger: "give+in:prt". */
  private static final String PARTICLE = ":prt";

  /** Relations a second word may name outright: "stop+obj" is "stop" with a direct object ("stop dumping chips"). */
  private static final Set<String> CORE_RELATIONS = Set.of("obj", "xcomp");

  /**
   * "X warned that the rebels need training" (or "The rebels need training, X warned"): a clause that states a
   * view. An addressee ("warned Iran that …") or a will/would/shall in the clause ("warned that it would
   * retaliate") makes it a warning of consequences, so false.
   */
  private static boolean states(Sentence s, int t) {
    int clause = reportedClause(s, t);
    if (addressed(s, t)) {
      return false;
    }
    for (Dep d : s.children(t)) {
      if (d.rel().equals("ccomp") || d.rel().equals("parataxis")) {
        clause = d.dep();
      }
    }
    if (clause < 0) {
      return false;
    }
    for (Dep d : s.children(clause)) {
      if (d.rel().equals("aux") && FUTURE.contains(s.tokens().get(d.dep()).word().toLowerCase())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "warned Tokyo its promised package must be significant": the clause the word takes says what must or should be
   * done, a demand rather than a threat.
   */
  private static boolean obliges(Sentence s, int t) {
    for (Dep d : s.children(t)) {
      if (d.rel().equals("ccomp") && s.children(d.dep()).stream().anyMatch(a -> a.rel().equals("aux")
          && MUST.contains(s.tokens().get(a.dep()).word().toLowerCase()))) {
        return true;
      }
    }
    // however parsed: an addressee, then a "must" before any other finite verb or clause break
    for (int i = t + 1; addressed(s, t) && i < Math.min(s.tokens().size(), t + 12); i++) {
      Token w = s.tokens().get(i);
      if (w.finite() || w.word().matches("[.;:,]")) {
        return false;
      }
      if (w.pos().equals("MD")) {
        return MUST.contains(w.word().toLowerCase());
      }
    }
    return false;
  }

  private static final Set<String> MUST = Set.of("must", "should");

  /** Whether word {@code t} has an object or an indirect object: someone it is addressed to. */
  private static boolean addressed(Sentence s, int t) {
    return s.children(t).stream().anyMatch(d -> d.rel().equals("obj") || d.rel().equals("iobj"));
  }

  /**
   * The clause a trigger at the end reports ("Greece needs reforms, X warned"): the parser hangs the trigger on
   * that clause as parataxis, or as a loose "dep" of one of its words; -1 when it does neither.
   */
  private static int reportedClause(Sentence s, int t) {
    int at = s.governor(t).filter(g -> (g.rel().equals("parataxis") || g.rel().equals("dep")) && g.head() >= 0)
        .map(Dep::head).orElse(-1);
    for (int hops = 0; at >= 0 && !s.tokens().get(at).verb() && hops < 3; hops++) {
      int from = at;
      at = s.governor(from).filter(g -> g.head() >= 0).map(Dep::head).orElse(-1);
    }
    return at;
  }

  /** "At the talks, Kenya criticised Uganda": a meeting (CAMEO 04) is where the act happened, an event of its own. */
  private static boolean meeting(Trigger t) {
    return CameoTable.standard().meeting(t.entry().code());
  }

  /** A noun event that is the object of a verb event ("extended sanctions", "skipped the summit") is part of it. */
  private static List<Trigger> withoutSubsumed(Sentence s, List<Trigger> found) {
    List<Trigger> out = new ArrayList<>();
    for (Trigger t : found) {
      boolean subsumed = s.tokens().get(t.token()).noun() && s.governor(t.token())
          // "In talks with Kato, Lyng urged …", "during a visit to Tokyo, she signed …": a phrase that sets the scene
          // is an event of its own
          .filter(g -> g.head() >= 0 && (UNDER.contains(g.rel()) || g.rel().startsWith("obl"))
              && !CIRCUMSTANCE.contains(g.rel()) && !(g.rel().equals("obl:at") && meeting(t)))
          .filter(g -> found.stream().anyMatch(o -> o.token() == g.head() && s.tokens().get(o.token()).verb()))
          .isPresent();
      if (!subsumed) {
        out.add(t);
      }
    }
    return out;
  }
}
