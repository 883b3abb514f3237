package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Via;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;

/**
 * Finds source and target of an event word from the dependency parse: active and passive verbs,
 * "X met with Y", "talks between X and Y", "X's visit to Y", "the visit by X to Y", and the subject
 * of the verb that governs a nominal event ("Russia passed a law that includes a ban on ...").
 */
final class Arguments {
  private static final Set<String> SUBJ = Set.of("nsubj", "nsubj:xsubj");
  private static final Set<String> NOUN_SOURCE = Set.of("nmod:poss", "nmod:by", "nmod:agent", "nmod:from", "compound", "amod");
  private static final Set<String> OF_SOURCE = Set.of("deployment", "withdrawal", "mobilization", "visit", "trip");
  private static final Set<String> AUX_POS = Set.of("MD", "RB", "VBZ", "VBP", "VBD", "TO");
  // "returned from a visit to Japan", "spoke after talks with Kato": the doer of the verb took part in the event
  private static final Set<String> FROM_EVENT = Set.of("obl:from", "obl:after", "obl:during", "obl:at", "obl:in",
      "obl:on");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Verbs of knowing and telling whose object is an event someone else did ("confirmed the attack"). */
  static final Set<String> KNOWING = Set.of("confirm", "deny", "describe", "report", "recall", "investigate",
      "witness", "see", "watch", "know", "hear", "blame", "acknowledge", "detail", "document", "record", "film",
      "photograph", "remember", "verify", "dispute");
  private static final Set<String> CLIMB = Set.of("obj", "xcomp", "acl", "acl:relcl", "obl:for", "conj:and", "nsubj:pass");
  private static final Set<String> SKIP_TARGET = Set.of("obl:agent", "obl:npmod", "nmod:poss",
      "nmod:by", "nmod:from", "obl:in", "obl:at", "obl:during", "obl:since", "obl:after", "obl:before", "nmod:in");

  Args find(Tree tree, Trigger tr) {
    boolean noun = tree.sentence().tokens().get(tr.token()).noun();
    boolean visit = tr.entry().kind().equals("visit");
    List<Mention> sources = new ArrayList<>();
    List<Mention> targets = new ArrayList<>();
    String pattern = noun ? sourceOfNoun(tree, tr.token(), sources, visit) : sourceOfVerb(tree, tr.token(), sources, targets);
    if (noun && sources.isEmpty()) {
      // "clashes between forces loyal to Gadhafi and rebels", "talks between Tokyo and Washington": the noun names its
      // own parties, and the subject of the verb above it ("the Council voiced concern over clashes …") is none
      List<Mention> between = betweenParties(tree, tr.token());
      if (!between.isEmpty()) {
        sources.add(between.get(0));
        targets.addAll(between.subList(1, between.size()));
        pattern = "the parties of its 'between' phrase";
      }
    }
    if (noun && visit) {
      // "a Washington visit by Nakasone", "his Tokyo visit": a capital before a visit noun is where the visit goes
      List<Mention> destinations = sources.stream().filter(m -> m.via() == Via.CAPITAL
          && tree.sentence().governor(m.head()).map(d -> d.head() == tr.token() && d.rel().startsWith("compound")).orElse(false))
          .toList();
      if (!destinations.isEmpty()) {
        sources.removeAll(destinations);
        targets.addAll(destinations);
        sources.addAll(tree.childActors(tr.token(), Set.of("nmod:poss", "nmod:by", "nmod:agent")).stream()
            .filter(m -> !sources.contains(m)).toList());
        pattern = pattern + "; capital before the visit noun → target";
      }
    }
    double conf = pattern.startsWith("passive") || pattern.startsWith("subject") ? 0.85 : 0.8;
    if (sources.isEmpty() && noun && CameoTable.standard().meeting(tr.entry().code())) {
      Mention attendee = attendee(tree, tr.token());
      if (attendee != null) {
        sources.add(attendee);
        pattern = "the actor the meeting phrase describes ('X, here for talks with Y')";
      }
    }
    if (sources.isEmpty() && !noun) {
      List<Mention> owner = infinitiveOwner(tree, tr.token());
      sources.addAll(owner);
      pattern = owner.isEmpty() ? pattern : "possessor of the noun the infinitive completes";
    }
    if (sources.isEmpty()) {
      Optional<List<Mention>> climbed = climb(tree, tr.token());
      climbed.ifPresent(sources::addAll);
      pattern = climbed.isPresent() ? "subject of governing verb" : pattern;
      conf = 0.7;
    }
    if (sources.isEmpty() && !noun && !tree.passiveParticiple(tr.token())) {
      Mention before = rightBefore(tree, tr.token());
      if (before != null) {
        sources.add(before);
        pattern = "actor right before the verb (parse gave no subject)";
        conf = 0.6;
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(targetsUnder(tree, tr.token(), visit, sources, aimed(tr)));
    }
    if (targets.isEmpty() && noun) {
      List<Mention> light = lightVerbTargets(tree, tr.token(), sources);
      if (!light.isEmpty()) {
        targets.addAll(light);
        pattern = pattern + "; the phrase of the verb that takes it ('take action against X') → target";
      }
    }
    if (targets.isEmpty() && !sources.isEmpty() && noun && CameoTable.standard().meeting(tr.entry().code())
        && pattern.equals("subject of governing verb")) {
      Mention other = sceneCounterpart(tree, tr.token(), sources);
      if (other != null) {
        targets.add(other);
        pattern = pattern + "; the one it addresses → target (the meeting sets its scene)";
      }
    }
    if (targets.isEmpty() && !sources.isEmpty()) {
      Mention with = linearWith(tree, tr.token(), sources);
      if (with != null) {
        targets.add(with);
        pattern = pattern + "; 'with' phrase after the verb → target";
      }
    }
    // a pair adjective names both sides, whatever a deeper phrase names ("a Franco-German meeting on the sidelines
    // of a summit of EC leaders")
    if (noun && sources.size() == 1 && CameoTable.standard().meeting(tr.entry().code())) {
      Mention partner = pairPartner(tree, sources.get(0));
      if (partner != null) {
        // "U.S.-Soviet talks", "a Franco-German meeting": a hyphened pair of state words names both sides of a
        // meeting (not of an accord or a war, which such pairs mostly recall as background: measured on the dev set)
        return new Args(List.of(partner), List.of(sources.get(0)), pattern + " (pair adjective 'A-B')", conf);
      }
    }
    String code = tr.entry().code();
    // "the IMF and Egypt have agreed on reforms": agreeing together is one joint act of two parties
    boolean agreed = tr.entry().lemma().equals("agree") && code.startsWith("03");
    // acts two parties do together ("X and Y met", "X and Y signed a treaty"): cameo.tsv's together column
    return split(sources, targets, pattern, conf, noun, CameoTable.standard().joint(code) || agreed);
  }

  /**
   * "De Croo, here for talks with U.S. officials", "Kirya, on a visit to Kenya": a meeting phrase that modifies an
   * actor (through "here"/"in town" adverbs, prepositional or appositive links) names one who takes part in it.
   */
  private static Mention attendee(Tree tree, int t) {
    int cur = t;
    for (int step = 0; step < 2; step++) {
      Optional<Dep> g = tree.sentence().governor(cur);
      if (g.isEmpty() || g.get().head() < 0) {
        return null;
      }
      String rel = g.get().rel();
      int head = g.get().head();
      Mention m = tree.actorAt(head);
      boolean link = rel.equals("advmod") || rel.equals("appos") || (rel.startsWith("nmod") && !rel.equals("nmod:poss")
          && !rel.equals("nmod:of"));
      if (link && m != null && m.head() == head && !m.place() && (m.code() != null || m.person())) {
        return m;
      }
      if (step > 0 && rel.equals("advmod") && tree.sentence().tokens().get(head).verb()) {
        // "Papoulias, here for talks with Turkish officials, said": the adverb hangs on the verb of its subject
        List<Mention> subj = tree.childActors(head, SUBJ);
        return subj.isEmpty() ? null : subj.get(0);
      }
      boolean adverb = tree.sentence().tokens().get(head).pos().startsWith("RB");
      if (!(rel.startsWith("obl") && adverb)) {
        return null; // only "here for talks": the adverb that carries the phrase may be climbed over
      }
      cur = head;
    }
    return null;
  }

  /** The mentions of the noun's "between" phrase and the phrase's conjuncts, in text order. */
  private static List<Mention> betweenParties(Tree tree, int t) {
    List<Mention> out = new ArrayList<>();
    for (Dep d : tree.sentence().children(t)) {
      if (!d.rel().equals("nmod:between")) {
        continue;
      }
      List<Integer> heads = new ArrayList<>(List.of(d.dep()));
      tree.sentence().children(d.dep()).stream().filter(c -> c.rel().startsWith("conj")).forEach(c -> heads.add(c.dep()));
      for (int h : heads) {
        Mention m = tree.actorAt(h);
        if (m != null && !m.place() && !out.contains(m)) {
          out.add(m);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The state word joined to {@code m} by a hyphen right before it ("U.S." in "U.S.-Soviet"), or null. */
  private static Mention pairPartner(Tree tree, Mention m) {
    var tokens = tree.sentence().tokens();
    if (m.code() == null || m.person() || m.start() < 2 || !tokens.get(m.start() - 1).word().equals("-")) {
      return null;
    }
    Mention p = tree.actorAt(m.start() - 2);
    return p != null && p.code() != null && !p.person() && !p.code().equals(m.code()) ? p : null;
  }

  /**
   * "In high-level talks last week, the U.S. criticised Japan's fiscal policy": a meeting phrase that sets the scene
   * of a clause was held with the one the clause's verb addresses (its object, or the object's owner); null if none.
   */
  private static Mention sceneCounterpart(Tree tree, int t, List<Mention> sources) {
    var g = tree.sentence().governor(t);
    if (g.isEmpty() || g.get().head() < 0 || !SCENE.contains(g.get().rel()) || !tree.sentence().tokens().get(g.get().head()).verb()) {
      return null;
    }
    int verb = g.get().head();
    for (Dep d : tree.sentence().children(verb)) {
      if (d.rel().equals("obj") || d.rel().equals("iobj")) {
        List<Mention> found = new ArrayList<>(tree.childActors(verb, Set.of(d.rel())));
        found.addAll(tree.childActors(d.dep(), Set.of("nmod:poss")));
        List<Mention> other = others(found, sources);
        if (!other.isEmpty() && !other.get(0).place()) {
          return other.get(0);
        }
      }
    }
    return null;
  }

  private static final Set<String> SCENE = Set.of("obl:in", "obl:during", "obl:at");

  /** "met Tuesday with Y" when the parse misattaches "with": the actor after a "with" just after the event word. */
  private static Mention linearWith(Tree tree, int t, List<Mention> sources) {
    var tokens = tree.sentence().tokens();
    for (int i = t + 1; i < Math.min(tokens.size() - 1, t + 4); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("with")) {
        for (Mention m : others(tree.mentions(), sources)) {
          if (m.start() > i && m.start() <= i + 3 && !m.place()) {
            return m;
          }
        }
      }
    }
    return null;
  }

  private static final Set<String> DISCUSSING = Set.of("discuss", "debate", "review", "examine");

  /** Verbs whose object does the open clause they take: "authorised force to protect", "asked Obama to stop". */
  private static final Set<String> OBJECT_CONTROL = Set.of("authorise", "authorize", "allow", "permit", "empower",
      "enable", "ask", "urge", "order", "force", "tell", "encourage", "invite", "press", "persuade", "convince",
      "mandate", "instruct", "require", "oblige", "compel");

  /**
   * True when verb {@code v} hands its open clause to its direct object and that object is no actor ("force"), so the
   * clause has no doer the coder knows.
   */
  private static boolean objectControlled(Tree tree, int v) {
    return OBJECT_CONTROL.contains(tree.lemma(v)) && tree.sentence().children(v).stream().anyMatch(d ->
        d.rel().equals("obj") && tree.actorAt(d.dep()) == null && tree.sentence().tokens().get(d.dep()).noun());
  }

  /** A past participle with no auxiliary and a "by" phrase ("civilians killed by British forces"). */
  private static boolean bareParticipleWithBy(Tree tree, int t) {
    var s = tree.sentence();
    return s.tokens().get(t).pos().equals("VBN") && s.children(t).stream().noneMatch(d -> d.rel().startsWith("aux"))
        && s.children(t).stream().anyMatch(d -> d.rel().equals("obl:by"));
  }

  /** "Washington has offered": the actor separated from the verb only by auxiliaries and adverbs. */
  private static Mention rightBefore(Tree tree, int t) {
    int i = t - 1;
    while (i >= 0 && AUX_POS.contains(tree.sentence().tokens().get(i).pos()) && t - i <= 3) {
      i--;
    }
    Mention m = i >= 0 ? tree.actorAt(i) : null;
    return m != null && m.head() == i ? m : null;
  }

  private static String sourceOfVerb(Tree tree, int t, List<Mention> sources, List<Mention> targets) {
    List<Mention> agents = tree.childActors(t, Set.of("obl:agent"));
    List<Mention> patients = tree.childActors(t, Set.of("nsubj:pass"));
    if (agents.isEmpty() && bareParticipleWithBy(tree, t)) {
      // "Iraqi civilians tortured and killed by British forces": a headline's participle is passive, whatever the parse
      agents = tree.childActors(t, Set.of("obl:by"));
      patients = tree.childActors(t, SUBJ);
    }
    if (!patients.isEmpty() || !agents.isEmpty()) {
      sources.addAll(agents);
      targets.addAll(patients);
      return "passive: agent → source, subject → target";
    }
    List<Dep> subjects = tree.sentence().children(t).stream().filter(d -> SUBJ.contains(d.rel())).toList();
    int first = tree.sentence().governor(t).filter(g -> g.rel().startsWith("conj") && g.head() >= 0 && g.head() < t)
        .map(Dep::head).orElse(-1);
    // the subject between the first verb and this one is this verb's own
    boolean ownBetween = first >= 0 && subjects.stream().anyMatch(d -> d.dep() > first && d.dep() < t);
    if (subjects.size() > 1 && ownBetween) {
      // "the opposition begged for it, … and the Europeans pleaded with the Americans": the enhanced parse gives a
      // joined verb the first verb's subject too; the verb's own is the nearest before it, actor or not
      Dep own = subjects.stream().filter(d -> d.dep() < t).max(java.util.Comparator.comparingInt(Dep::dep))
          .orElse(subjects.get(0));
      Mention m = tree.actorOrModifier(own.dep());
      if (m == null) {
        return "own subject, no actor";
      }
      sources.add(m);
      return "subject → source, object/oblique → target";
    }
    sources.addAll(tree.childActors(t, SUBJ));
    if (sources.isEmpty() && relativeSubject(tree, t)) {
      Optional<Dep> rel = tree.sentence().governor(t).filter(g -> g.rel().equals("acl:relcl") && g.head() >= 0);
      Mention named = rel.map(g -> tree.actorAt(g.head())).orElse(null);
      if (named != null) {
        // "militant groups that threaten Israel": the noun the clause describes did it, whoever it is
        if (named.code() != null || named.person()) {
          sources.add(named);
        }
        return "relative clause: the noun it describes";
      }
      if (rel.isPresent() && modifiedByActor(tree, rel.get().head())) {
        return "relative clause on an actor's phrase with no code";
      }
      Mention doer = nounBeforePronoun(tree, t);
      if (doer != null) {
        // "a feud over an Israeli raid last year that killed nine Turks", the clause hung elsewhere by the parser
        sources.add(doer);
        return "relative clause: the actor of the noun before its pronoun";
      }
      // only a clause the parser hung loose or on a time word or name ("passed a law in December that bars"); one
      // that describes a common noun ("condemned the raid which killed") has that noun for its doer
      boolean onTime = rel.map(g -> timePhrase(tree.sentence(), g.head())
          || tree.sentence().tokens().get(g.head()).pos().startsWith("NNP")).orElse(true);
      Mention m = onTime ? previousClauseSubject(tree, t) : null;
      if (m != null) {
        sources.add(m);
        return "relative clause: subject of the preceding clause";
      }
    }
    return "subject → source, object/oblique → target";
  }

  /** "militant organizations": a noun with an actor word among its modifiers is an actor the lexicon cannot code. */
  private static boolean modifiedByActor(Tree tree, int noun) {
    return tree.sentence().children(noun).stream().anyMatch(d -> (d.rel().equals("amod") || d.rel().startsWith("compound"))
        && tree.actorAt(d.dep()) != null);
  }

  /**
   * The actor that the noun right before the clause's relative pronoun is, or that modifies it ("an Israeli raid
   * last year that killed"), skipping a time phrase between them; null when that noun is no actor's.
   */
  private static Mention nounBeforePronoun(Tree tree, int t) {
    var s = tree.sentence();
    int pronoun = s.children(t).stream().filter(d -> d.rel().equals("nsubj") && s.tokens().get(d.dep()).pos().startsWith("W"))
        .mapToInt(Dep::dep).findFirst().orElse(-1);
    for (int i = pronoun - 1; i >= 0 && i >= pronoun - 4; i--) {
      if (timePhrase(s, i)) {
        continue;
      }
      if (!s.tokens().get(i).noun()) {
        return null;
      }
      Mention at = tree.actorAt(i);
      if (at != null) {
        return at.code() != null ? at : null;
      }
      return tree.sentence().children(i).stream().filter(d -> d.rel().equals("amod") || d.rel().startsWith("compound"))
          .map(d -> tree.actorAt(d.dep())).filter(m -> m != null && m.code() != null && !m.place()).findFirst().orElse(null);
    }
    return null;
  }

  /** "last year", "on Monday": a word of a time phrase (a temporal modifier or a word under one). */
  private static boolean timePhrase(Sentence s, int i) {
    java.util.function.IntPredicate tmod = k -> s.governor(k).map(d -> d.rel().endsWith("tmod")).orElse(false);
    return tmod.test(i) || s.governor(i).map(d -> d.head() >= 0 && tmod.test(d.head())).orElse(false);
  }

  /** Verbs whose subject makes or carries out what their object names: "passed a law", "launched a raid". */
  private static final Set<String> MAKING = Set.of("pass", "adopt", "enact", "approve", "introduce", "issue", "sign",
      "impose", "launch", "mount", "stage", "conduct", "carry", "wage", "unleash", "order", "make", "take", "begin",
      "start", "continue", "intensify", "escalate", "announce", "propose", "draft", "table", "put");

  /** Noun {@code noun} is the object of a verb that makes or carries it out ("launched a raid"). */
  private static boolean madeBy(Tree tree, int noun) {
    return tree.sentence().governor(noun).filter(g -> g.rel().equals("obj") && g.head() >= 0)
        .map(g -> MAKING.contains(tree.lemma(g.head()))).orElse(false);
  }

  /**
   * Word {@code t} heads a relative clause whose subject is its relative pronoun ("groups that threaten Israel"), or,
   * in the parser's enhanced graph, the very noun the clause describes ("the raid which killed").
   */
  private static boolean relativeSubject(Tree tree, int t) {
    int described = tree.sentence().governor(t).filter(g -> g.rel().equals("acl:relcl")).map(Dep::head).orElse(-2);
    return tree.sentence().children(t).stream().anyMatch(d -> d.rel().equals("nsubj")
        && (tree.sentence().tokens().get(d.dep()).pos().startsWith("W") || d.dep() == described));
  }

  /** "the US passed a law in December that bars ...": the subject of the nearest verb before the relative clause. */
  private static Mention previousClauseSubject(Tree tree, int t) {
    for (int v = t - 1; v >= 0; v--) {
      if (tree.sentence().tokens().get(v).verb()) {
        List<Mention> subj = tree.childActors(v, SUBJ);
        if (!subj.isEmpty()) {
          return subj.get(0);
        }
      }
    }
    return null;
  }

  private static String sourceOfNoun(Tree tree, int t, List<Mention> sources, boolean visit) {
    sources.addAll(tree.childActors(t, NOUN_SOURCE));
    if (sources.isEmpty()) {
      sources.addAll(tree.childActors(t, SUBJ)); // a predicate noun: "officials (open) talks" parsed as a copula
    }
    if (sources.isEmpty() && (visit || OF_SOURCE.contains(tree.lemma(t)))) {
      sources.addAll(tree.childActors(t, Set.of("nmod:of"))); // "the visit of Xi Jinping", "the deployment of US missiles"
    }
    if (sources.isEmpty()) {
      sources.addAll(byPhraseBelow(tree, t)); // "the approval of the act by the Senate" with "by" on "act"
    }
    return "nominal: possessor/by-phrase → source, modifier → target";
  }

  private static List<Mention> byPhraseBelow(Tree tree, int t) {
    for (Dep d : tree.sentence().children(t)) {
      if (d.rel().startsWith("nmod")) {
        List<Mention> by = tree.childActors(d.dep(), Set.of("nmod:by", "nmod:agent"));
        if (!by.isEmpty()) {
          return by;
        }
      }
    }
    return List.of();
  }

  /**
   * "told reporters after the meeting": a definite event noun with nothing of its own is the event told before,
   * not a new one (while "after talks with Kato" and "from a visit to Japan" are events of their own).
   */
  private static boolean bareDefinite(Tree tree, int noun) {
    var children = tree.sentence().children(noun);
    boolean definite = children.stream().anyMatch(d -> d.rel().equals("det")
        && DEFINITE.contains(tree.sentence().tokens().get(d.dep()).word().toLowerCase()));
    boolean own = children.stream().anyMatch(d -> d.rel().startsWith("nmod") || d.rel().equals("amod"));
    return definite && !own;
  }

  /** The subject of the verb that governs the event word through object, xcomp or relative-clause links. */
  private static Optional<List<Mention>> climb(Tree tree, int t) {
    int cur = t;
    for (int step = 0; step < 5; step++) {
      int at = step;
      Optional<Dep> g = tree.sentence().governor(cur);
      boolean noun = tree.sentence().tokens().get(cur).noun();
      boolean definite = bareDefinite(tree, cur);
      boolean viaNoun = noun && g.map(d -> at > 0 ? d.rel().startsWith("obl")
          : FROM_EVENT.contains(d.rel()) && !definite).orElse(false);
      // "plans for tariffs", "a series of sanctions": an event noun inside another noun phrase climbs to its head
      boolean nounInNoun = noun && g.map(d -> d.rel().startsWith("nmod") && !d.rel().equals("nmod:poss")).orElse(false);
      // "officials tomorrow open talks" mis-tagged: the parser's catch-all "dep" from the actor to the event noun
      boolean loose = noun && at == 0 && g.map(d -> d.rel().equals("dep")).orElse(false);
      boolean plan = at == 0 && nounSubjectBeforeTo(tree, cur);
      if (g.isEmpty() || g.get().head() < 0 || !(CLIMB.contains(g.get().rel()) || viaNoun || nounInNoun || loose || plan)) {
        return Optional.empty();
      }
      if (noun && g.get().rel().equals("obj") && KNOWING.contains(tree.lemma(g.get().head()))) {
        return Optional.empty(); // "Egyptian officials confirmed the attack": who confirms it did not do it
      }
      if (g.get().rel().equals("xcomp") && objectControlled(tree, g.get().head())) {
        // "a resolution authorising force to protect civilians": the object of the verb above does the open clause;
        // the one who authorises does not
        return Optional.empty();
      }
      if (tree.joinedWithOwnSubject(cur)) {
        // "the opposition begged for help, and the Europeans pleaded with the Americans": a joined verb with a
        // subject of its own, actor or not, takes none from the first
        return Optional.empty();
      }
      if (tree.passiveParticiple(cur)) {
        // "safety zones in areas threatened by bombardment": a passive participle's doer is its "by" phrase, never
        // whoever does the verb above the noun it describes
        return Optional.empty();
      }
      boolean relative = g.get().rel().equals("acl:relcl") && relativeSubject(tree, cur);
      cur = g.get().head();
      // an active participle only: in "civilians killed by British forces" the noun is what was done to
      boolean active = tree.sentence().tokens().get(g.get().dep()).pos().equals("VBG");
      Mention doer = (g.get().rel().equals("acl") && active) || loose ? tree.actorAt(cur) : null;
      if (doer != null && doer.head() == cur && (doer.code() != null || doer.person())) {
        return Optional.of(List.of(doer)); // "students protesting outside the embassy": the noun the participle modifies
      }
      if (Tree.sponsoredBy(tree.sentence(), cur) >= 0) {
        continue; // "the US is proposing a UN resolution demanding …": the sponsor demands, not the UN named in it
      }
      List<Mention> found = tree.childActors(cur, tree.sentence().tokens().get(cur).noun() ? NOUN_SOURCE : SUBJ)
          .stream().filter(m -> m.code() != null || m.person()).toList(); // "a new executive order": no actor
      if (!found.isEmpty()) {
        return Optional.of(found);
      }
      if (relative && !madeBy(tree, cur)) {
        // "Turkey condemned the raid which killed nine Turks": "which" is the raid; who did it is the raid's owner, if
        // any, not whoever reacts to it ("Russia passed a law that bans …": the one who makes the law does)
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "its failure to convince America", "Iran's decision to expel the envoys", "U.S. plans to start escorting tankers":
   * the possessor of a noun, or the state word before it, is the doer of the infinitive that completes it (whatever
   * governs the noun is not asked).
   */
  private static List<Mention> infinitiveOwner(Tree tree, int event) {
    var s = tree.sentence();
    int verb = event;
    // "plans to start escorting tankers": the infinitive is the verb an open clause of the event word hangs on
    for (int step = 0; step < 3; step++) {
      Optional<Dep> up = s.governor(verb);
      // (a gerund the parser left as a bare "dep" of its verb, "start escorting", is its open clause too)
      boolean gerund = up.isPresent() && up.get().rel().equals("dep") && s.tokens().get(verb).pos().equals("VBG");
      if (up.isEmpty() || up.get().head() < 0 || !(up.get().rel().equals("xcomp") || gerund)
          || !s.tokens().get(up.get().head()).verb()) {
        break;
      }
      verb = up.get().head();
    }
    Optional<Dep> g = s.governor(verb);
    boolean completes = Tree.infinitive(s, verb) && g.isPresent() && g.get().head() >= 0 && g.get().rel().equals("acl:to")
        && s.tokens().get(g.get().head()).noun();
    // the same noun when the parser made it the infinitive's subject ("U.S. plans to start escorting tankers"); that
    // noun first, as the clause then hangs wherever the parser put it ("ties in with U.S. plans to start …" on "ties")
    int noun = nounSubjectBeforeTo(tree, verb) ? Tree.nounBeforeInfinitive(s, verb) : completes ? g.get().head() : -1;
    if (noun < 0) {
      return List.of();
    }
    List<Mention> owners = tree.childActors(noun, Set.of("nmod:poss")).stream()
        .filter(m -> m.code() != null || m.person()).toList();
    return !owners.isEmpty() ? owners : tree.childActors(noun, Set.of("compound", "amod")).stream()
        .filter(m -> m.code() != null && !m.place()).toList();
  }

  /**
   * "Reagan announced plans to impose tariffs" parsed with "plans" as the subject of "impose": an infinitive has no
   * subject of its own (but one "for" brings), so a noun right before its "to" is the noun it completes, and the
   * doer is that of the verb above.
   */
  private static boolean nounSubjectBeforeTo(Tree tree, int verb) {
    var s = tree.sentence();
    int noun = Tree.nounBeforeInfinitive(s, verb);
    if (noun < 0 || tree.actorAt(noun) != null) {
      return false;
    }
    // "for slaughter to circumvent the quota": a subject that "for" introduces is the infinitive's own
    boolean forSubject = s.children(verb).stream()
        .anyMatch(d -> d.rel().equals("mark") && s.tokens().get(d.dep()).word().equalsIgnoreCase("for"));
    boolean mark = s.children(verb).stream().anyMatch(d -> d.dep() == verb - 1 && d.rel().equals("mark"));
    boolean nounSubject = s.children(verb).stream().anyMatch(d -> d.dep() == noun && d.rel().startsWith("nsubj"));
    return !forSubject && mark && nounSubject;
  }

  /**
   * The actor that heads the argument itself ("at thousands of students protesting outside the embassy" is aimed at
   * the students, not the embassy): a mention headed at the argument's word or, for a quantity ("thousands of"),
   * at its "of" noun; null when none, or when it is the source's own side.
   */
  private static Mention argumentHead(Tree tree, int arg, List<Mention> sources) {
    int at = arg;
    for (int step = 0; step < 2 && at >= 0; step++) {
      Mention m = tree.actorAt(at);
      if (m != null && m.head() == at) {
        boolean other = !others(List.of(m), sources).isEmpty() || !sameStateOthers(List.of(m), sources).isEmpty();
        return other ? m : null;
      }
      int from = at;
      at = tree.sentence().children(from).stream().filter(c -> c.rel().equals("nmod:of")).map(Dep::dep)
          .findFirst().orElse(-1);
    }
    return null;
  }

  /** The phrases a verb lends the event noun it takes as object: "take action against", "launch attacks on". */
  private static final Set<String> LENT = Set.of("obl:against", "obl:on", "obl:with", "obl:to");

  /**
   * "decided to take retaliatory action against Japan": the parse hangs the event noun's "against" phrase on the verb
   * that takes the noun as its object; that phrase names the event's target.
   */
  private static List<Mention> lightVerbTargets(Tree tree, int noun, List<Mention> sources) {
    var g = tree.sentence().governor(noun);
    if (g.isEmpty() || g.get().head() < 0 || !g.get().rel().equals("obj") || !tree.sentence().tokens().get(g.get().head()).verb()) {
      return List.of();
    }
    return others(tree.childActors(g.get().head(), LENT), sources);
  }

  /** Force and coercion (CAMEO 17–20) are aimed "at" their target: "fired tear gas at students". */
  private static boolean aimed(Trigger tr) {
    String c = tr.entry().code();
    return c.startsWith("17") || c.startsWith("18") || c.startsWith("19") || c.startsWith("20");
  }

  private static List<Mention> targetsUnder(Tree tree, int t, boolean visit, List<Mention> sources, boolean aimed) {
    // "EU states discussed the possibility of helping Libya": what a verb of discussing takes as its object is the
    // topic; whom it is discussed with is a "with" phrase or a co-subject
    boolean discussing = DISCUSSING.contains(tree.lemma(t)) && tree.sentence().tokens().get(t).verb();
    for (Dep d : tree.sentence().children(t)) {
      if (discussing && d.rel().equals("obj")) {
        continue;
      }
      if (targetRel(d.rel(), visit) || (aimed && d.rel().equals("obl:at"))) {
        Mention head = argumentHead(tree, d.dep(), sources);
        List<Mention> under = tree.subtree(d.dep(), visit);
        if (head != null) {
          List<Mention> withConjuncts = new ArrayList<>(List.of(head));
          others(under, sources).stream().filter(m -> m != head).forEach(withConjuncts::add);
          return conjoined(tree, withConjuncts); // "talks between Obama and Putin": the head and its conjuncts
        }
        List<Mention> found = others(under, sources).stream().filter(m -> !modifiesOwnedNoun(tree, m)
            && !tree.inBodyName(m)).toList();
        if (found.isEmpty()) {
          found = sameStateOthers(under, sources); // "South Korean police fired tear gas at students"
        }
        if (!found.isEmpty()) {
          return conjoined(tree, found);
        }
      }
    }
    return aimed ? placeAttacked(tree, t, sources) : List.of();
  }

  /** Where force lands: the object, the one it is aimed at or on, or the subject of a passive. */
  private static final Set<String> STRUCK = Set.of("obj", "nsubj:pass", "obl:at", "obl:on", "obl:against");

  /**
   * "shelled Kharkiv", "fired rockets at Tel Aviv", "struck targets in Gaza": force against a town of another state,
   * with no party named, is aimed at that state; not a place the act is only near at sea ("a tanker off Dubai") or
   * comes from ("rockets from Gaza").
   */
  private static List<Mention> placeAttacked(Tree tree, int t, List<Mention> sources) {
    for (Dep d : tree.sentence().children(t)) {
      if (!STRUCK.contains(d.rel())) {
        continue;
      }
      for (Mention m : others(tree.subtree(d.dep(), true), sources)) {
        if (m.place() && m.code() != null && !passedBy(tree, m)) {
          return List.of(m);
        }
      }
    }
    return List.of();
  }

  private static boolean passedBy(Tree tree, Mention m) {
    return tree.sentence().children(m.head()).stream().anyMatch(c -> c.rel().equals("case")
        && Set.of("off", "from", "near", "outside").contains(tree.sentence().tokens().get(c.dep()).word().toLowerCase()));
  }

  /**
   * "support for the alliance's Afghan campaign": a state word modifying a noun that has an owner of its own names
   * the topic, not a party (while "tariffs on Japanese goods" keeps Japan).
   */
  private static boolean modifiesOwnedNoun(Tree tree, Mention m) {
    return tree.sentence().governor(m.head())
        .filter(g -> g.head() >= 0 && (g.rel().equals("amod") || g.rel().startsWith("compound")))
        .map(g -> tree.sentence().children(g.head()).stream().anyMatch(c -> c.rel().equals("nmod:poss") && !m.covers(c.dep())
            && !tree.sentence().tokens().get(c.dep()).pos().startsWith("PRP"))) // "his Russian counterpart" is a party
        .orElse(false);
  }

  private static boolean targetRel(String rel, boolean visit) {
    // "arrived here", "a visit here": the adverb "here" is a place mention in a datelined story
    if (visit && (rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("advmod"))) {
      return true;
    }
    boolean argument = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj") || rel.equals("xcomp") || rel.startsWith("obl")
        || rel.startsWith("nmod") || rel.equals("acl");
    return argument && !SKIP_TARGET.contains(rel);
  }

  /** Mentions that are not the source and not of the source's own country. */
  static List<Mention> others(List<Mention> found, List<Mention> sources) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      boolean same = sources.stream().anyMatch(s -> s == m || (s.code() != null && s.code().equals(m.code())));
      if (!same && (m.code() != null || m.person())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Actors of the source's own state in another sector (police and protesters, the army and rebels): an event
   * inside one state, taken only when no other state's actor is there.
   */
  static List<Mention> sameStateOthers(List<Mention> found, List<Mention> sources) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      boolean other = sources.stream().allMatch(s -> s != m && s.code() != null && s.code().equals(m.code())
          && s.sector() != null && m.sector() != null && !s.sector().equals(m.sector()));
      if (!sources.isEmpty() && other) {
        out.add(m);
      }
    }
    return out;
  }

  /** The first target and those conjoined with it ("the White House and NATO"). */
  private static List<Mention> conjoined(Tree tree, List<Mention> found) {
    List<Mention> out = new ArrayList<>(List.of(found.get(0)));
    for (Mention m : found.subList(1, found.size())) {
      boolean conj = tree.sentence().deps().stream().anyMatch(d -> d.rel().startsWith("conj")
          && found.get(0).covers(d.head()) && m.covers(d.dep()));
      if (conj) {
        out.add(m);
      }
    }
    return out;
  }

  /** "X and Y met" or "talks between X and Y": with no target, the second party is the target. */
  private static Args split(List<Mention> named, List<Mention> targets, String pattern, double conf, boolean noun,
      boolean joint) {
    // "the International Monetary Fund (IMF) and Egypt": a name and its abbreviation are one party
    List<Mention> sources = new ArrayList<>();
    for (Mention m : named) {
      if (m.code() == null || sources.stream().noneMatch(o -> m.code().equals(o.code()) && java.util.Objects.equals(m.sector(), o.sector()))) {
        sources.add(m);
      }
    }
    if (!joint && targets.isEmpty() && sources.size() >= 2) {
      return new Args(sources, targets, pattern, conf); // "Canada and Australia imposed sanctions": co-actors, not a dyad
    }
    if (targets.isEmpty() && sources.size() >= 3) {
      return new Args(sources, targets, pattern + " (several parties: multilateral, no dyad)", conf);
    }
    if (targets.isEmpty() && sources.size() == 2) {
      return new Args(sources.subList(0, 1), sources.subList(1, 2), pattern + " (joint actors)", conf);
    }
    // only a joint act's noun ("talks of Iran and the US") pairs its parties: "the support of China and Russia" is
    // sought from both, one side
    if (noun && joint && sources.isEmpty() && targets.size() >= 2) {
      return new Args(targets.subList(0, 1), targets.subList(1, targets.size()), "between X and Y", conf);
    }
    return new Args(sources, targets, pattern, conf);
  }
}
