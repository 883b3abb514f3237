package org.dyad.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;

/** Walks a parsed sentence: mentions at a token, in a subtree, under given relations. */
final class Tree {
  private final Sentence s;
  private final List<Mention> mentions;

  Tree(Sentence s, List<Mention> mentions) {
    this.s = s;
    this.mentions = mentions;
  }

  Sentence sentence() {
    return s;
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The actor (not place) mention covering token {@code i}, or null. */
  Mention actorAt(int i) {
    for (Mention m : mentions) {
      if (m.covers(i) && !m.place()) {
        return m;
      }
    }
    return null;
  }

  /** The actor at {@code i}, or the one modifying it: "Chinese students" → the demonym on "students". */
  Mention actorOrModifier(int i) {
    Mention m = actorAt(i);
    if (m != null) {
      return m;
    }
    for (Dep d : s.children(i)) {
      boolean modifier = d.rel().equals("amod") || d.rel().equals("compound") || d.rel().equals("nmod:poss");
      Mention mod = modifier ? actorAt(d.dep()) : null;
      if (mod != null && mod.code() != null) {
        return mod;
      }
    }
    return null;
  }

  /** Any mention covering token {@code i}, places included, or null. */
  Mention anyAt(int i) {
    return mentions.stream().filter(m -> m.covers(i)).findFirst().orElse(null);
  }

  /** Actor mentions of the children of {@code t} attached by a relation in {@code rels}. */
  List<Mention> childActors(int t, Set<String> rels) {
    List<Mention> out = new ArrayList<>();
    for (Dep d : s.children(t)) {
      Mention m = actorOrModifier(d.dep());
      if (rels.contains(d.rel()) && m != null && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Mentions in the subtree under {@code root}, nearest first; places only when {@code places}. */
  List<Mention> subtree(int root, boolean places) {
    List<Mention> out = new ArrayList<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(root));
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      Mention m = places ? anyAt(t) : actorAt(t);
      if (m != null && !out.contains(m)) {
        out.add(m);
      }
      if (t != root && relativeWord(t)) {
        continue; // "a move which West Germany is against" parsed as a chain of "dep": the clause after "which"
      }
      for (Dep d : s.children(t)) {
        // clauses count too ("help Syria destroy"): the caller never starts from a said-clause; but whoever does the
        // act of a relative clause is not a party of the noun it describes ("a tax which West Germany opposes")
        boolean relativeSubject = d.rel().startsWith("nsubj") && s.governor(t).filter(g -> g.rel().equals("acl:relcl")).isPresent();
        if (!d.rel().equals("punct") && !d.rel().equals("parataxis") && !relativeSubject) {
          queue.add(d.dep());
        }
      }
    }
    return out;
  }

  /** Documents that say what a body resolves or demands. */
  static final Set<String> DOCUMENTS = Set.of("resolution", "draft", "bill", "motion", "amendment");
  /** Verbs by which a party puts a document forward as its own. */
  private static final Set<String> SPONSORING = Set.of("propose", "present", "submit", "circulate", "draft", "table",
      "introduce", "sponsor", "unveil", "distribute");

  /**
   * "Saudi Arabia is circulating a draft resolution calling for …", "the US is proposing a UN resolution demanding …":
   * noun {@code noun} is a document that the subject of its verb puts forward, so what the document says, that party
   * says (the sponsor's demand, made), while a body named in the document's name would only say it once it adopts it;
   * the index of that verb, or -1.
   */
  static int sponsoredBy(Sentence s, int noun) {
    if (!DOCUMENTS.contains(s.tokens().get(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    return s.governor(noun).filter(g -> g.rel().equals("obj") && g.head() >= 0
            && SPONSORING.contains(s.tokens().get(g.head()).lemma().toLowerCase(java.util.Locale.ROOT))
            && s.children(g.head()).stream().anyMatch(d -> d.rel().startsWith("nsubj")))
        .map(Dep::head).orElse(-1);
  }

  private boolean relativeWord(int t) {
    String pos = s.tokens().get(t).pos();
    return pos.equals("WDT") || pos.equals("WP");
  }

  /**
   * "…, and the Europeans pleaded with the Americans": word {@code t} is joined to an earlier word ("conj") and has a
   * subject of its own before it.
   */
  boolean joinedWithOwnSubject(int t) {
    return s.governor(t).filter(g -> g.rel().startsWith("conj")).isPresent()
        && s.children(t).stream().anyMatch(d -> d.rel().equals("nsubj") && d.dep() < t);
  }

  /** "areas threatened by bombardment": word {@code t} is a past participle describing a noun. */
  boolean passiveParticiple(int t) {
    return s.tokens().get(t).pos().equals("VBN") && s.governor(t).filter(g -> g.rel().equals("acl")).isPresent();
  }

  /**
   * "the Libya Contact Group", "the Iraq Study Group": a state's name inside the name of a body formed about it (a
   * capitalised group noun it modifies) names the body's subject, not a party.
   */
  boolean inBodyName(Mention m) {
    return s.governor(m.head()).filter(g -> g.head() >= 0 && g.rel().startsWith("compound")
        && s.tokens().get(g.head()).pos().startsWith("NNP")
        && BODY_NOUNS.contains(s.tokens().get(g.head()).lemma().toLowerCase())
        && mentions.stream().noneMatch(o -> o.covers(g.head()))).isPresent();
  }

  private static final Set<String> BODY_NOUNS = Set.of("group", "conference", "fund", "forum", "initiative",
      "commission", "committee", "compact", "mission");

  // "the Russia-U.S. ties": a noun naming a relationship names its two sides, so they stay targets
  private static final Set<String> PAIR_NOUNS = Set.of("tie", "ties", "relation", "relations", "relationship");

  /**
   * True when mention {@code m} only qualifies a noun outside the event of word {@code trigger} ("criticised the
   * talks on the Syrian crisis", "the Mexico flu", "the Contact Group on Libya"): the topic, not a target. The
   * noun must not be the event word, an actor, or an argument of the event word, so in "condemned the US
   * decision" and "sanctions on Iran's programme" the country stays a target.
   */
  boolean topicOnly(Mention m, int trigger) {
    var g = s.governor(m.head());
    if (g.isEmpty() || g.get().head() < 0 || g.get().head() == trigger) {
      return false;
    }
    String rel = g.get().rel();
    int noun = g.get().head();
    boolean modifier = rel.equals("amod") || rel.startsWith("compound") || rel.startsWith("nmod");
    boolean argument = s.governor(noun).map(d -> d.head() == trigger).orElse(false);
    boolean actor = mentions.stream().anyMatch(o -> o != m && o.covers(noun));
    boolean pair = PAIR_NOUNS.contains(s.tokens().get(noun).lemma().toLowerCase());
    return modifier && s.tokens().get(noun).noun() && !argument && !actor && !pair;
  }

  /** True when verb {@code verb} is an infinitive: it has the marker "to" ("to impose"). */
  static boolean infinitive(Sentence s, int verb) {
    return s.children(verb).stream()
        .anyMatch(d -> d.rel().equals("mark") && s.tokens().get(d.dep()).word().equalsIgnoreCase("to"));
  }

  /**
   * The noun right before the "to" of verb {@code verb} ("plans to impose", "failure to honor"), which the infinitive
   * completes whatever the parse says; -1 when the words are not so.
   */
  static int nounBeforeInfinitive(Sentence s, int verb) {
    boolean so = verb >= 2 && s.tokens().get(verb).verb() && s.tokens().get(verb - 1).word().equalsIgnoreCase("to")
        && s.tokens().get(verb - 2).noun();
    return so ? verb - 2 : -1;
  }

  /** Lemma of token {@code i}, lower case. */
  String lemma(int i) {
    return s.tokens().get(i).lemma().toLowerCase();
  }
}
