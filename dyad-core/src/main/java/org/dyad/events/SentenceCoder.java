package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Resolution;
import org.dyad.actors.Via;
import org.dyad.model.Quad;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.model.EventStatus;

/** Codes the events of one parsed sentence: trigger → arguments → code, status, date, location. */
final class SentenceCoder {
  private static final Set<String> TOPIC_RELATIONS = Set.of("nmod:on", "nmod:about", "nmod:over", "nmod:regarding",
      "nmod:concerning", "obl:on", "obl:about", "obl:over");
  private static final Set<String> REFUSING_MODALS = Set.of("can", "ca", "will", "wo", "would", "shall");
  private static final Set<String> ANAPHORA = Set.of("the first", "the second", "the next", "the meeting",
      "the talks", "the summit", "it is", "this is", "that is");
  /** PLOVER types that are said rather than done, whatever their CAMEO mode. */
  /** What a state gives its word in, and the verbs of breaking it or (negated) of keeping it. */
  private static final Set<String> PLEDGES = Set.of("agreement", "accord", "pact", "treaty", "deal", "pledge",
      "promise", "commitment", "obligation", "understanding", "undertaking");
  private static final Set<String> BREAK = Set.of("violate", "breach", "contravene", "flout", "break", "renege",
      "infringe", "abrogate");
  private static final Set<String> KEEP = Set.of("honor", "honour", "fulfill", "fulfil", "respect", "implement",
      "keep", "observe", "abide", "comply", "live", "meet", "carry");
  /** Verbs of belief: what they say will happen is a view, not an announcement. */
  private static final Set<String> BELIEFS = Set.of("think", "believe", "doubt", "suspect", "guess", "predict", "reckon");
  private static final Set<String> STATEMENTS = Set.of("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE");
  private final CameoTable cameo;
  private final Triggers triggers;
  private final Arguments arguments = new Arguments();
  private final StatusReader statusReader;
  private final Speakers speakers;
  private final Measures measures;
  private final DateResolver dates = new DateResolver();
  private final Lexicon lexicon;

  SentenceCoder(CameoTable cameo, Lexicon lexicon) {
    this.cameo = cameo;
    this.lexicon = lexicon;
    // an entry yields an event when its code has a PLOVER type, or when it enacts a named measure (measures.tsv)
    this.triggers = new Triggers(lexicon, e -> e.kind().equals("enact") || !plover(e.code()).equals("-"));
    this.statusReader = new StatusReader(lexicon);
    this.speakers = new Speakers(lexicon);
    this.measures = new Measures(lexicon);
  }

  boolean mayHaveEvent(Sentence s) {
    return triggers.mayHaveEvent(s);
  }

  /** True when the unparsed sentence has a word that may become a trigger once parsed (see {@link Triggers}). */
  boolean mayHaveTrigger(Sentence s, List<Mention> mentions) {
    return triggers.mayHaveTrigger(s, mentions);
  }

  /** A sentence that continues the previous one's meeting ("The first is the G-8 summit") is worth parsing. */
  boolean continues(Sentence s, ArticleState state) {
    return anaphoric(s) && !state.previousMeeting().isEmpty() && mayHaveEvent(s);
  }

  Speakers speakers() {
    return speakers;
  }

  List<Draft> code(Tree tree, ArticleState state) {
    List<Draft> out = new ArrayList<>();
    List<Trigger> sideless = new ArrayList<>();
    for (Trigger tr : triggers.find(tree.sentence(), tree.mentions())) {
      List<Draft> ds = codeTrigger(tree, tr, state);
      if (ds.stream().noneMatch(SentenceCoder::twoSided)) {
        sideless.add(tr);
      }
      out.addAll(ds);
    }
    for (Trigger tr : sideless) {
      List<Draft> scene = sceneOf(tree, tr, out, state);
      if (!scene.isEmpty()) {
        out.removeIf(d -> d.trigger().token() == tr.token());
        out.addAll(scene);
      }
    }
    return out;
  }

  private static boolean twoSided(Draft d) {
    return d.source() != null && d.target() != null && d.source().code() != null && d.target().code() != null
        && !d.source().code().equals(d.target().code());
  }

  /** Relations by which a meeting noun sets the scene of the clause it hangs on ("At the talks, X told Y …"). */
  private static final Set<String> SCENES = Set.of("obl:in", "obl:at", "obl:during");

  /**
   * "In high-level talks last week, the U.S. criticised Japan's fiscal policy": a meeting that names no two parties
   * of its own and sets the scene of an act between two sides was held between them.
   */
  private List<Draft> sceneOf(Tree tree, Trigger tr, List<Draft> drafts, ArticleState state) {
    Sentence s = tree.sentence();
    if (!plover(tr.entry().code()).equals("CONSULT") || !s.tokens().get(tr.token()).noun()) {
      return List.of();
    }
    var g = s.governor(tr.token()).filter(d -> d.head() >= 0 && SCENES.contains(d.rel()));
    if (g.isEmpty()) {
      return List.of();
    }
    int head = g.get().head();
    for (Draft d : drafts) {
      if (twoSided(d) && d.trigger().token() == head) {
        Args sides = new Args(List.of(d.source()), List.of(d.target()), "meeting that sets the scene of '"
            + s.tokens().get(head).word() + "': its two sides → the parties", 0.5);
        return drafts(tree, tr, tr.entry().code(), sides, tr.token(), state);
      }
    }
    return List.of();
  }

  private List<Draft> codeTrigger(Tree tree, Trigger tr, ArticleState state) {
    String kind = tr.entry().kind();
    int statusAt = tr.token();
    Args args;
    String code = tr.entry().code();
    boolean ownDoer = kind.equals("say") && tree.sentence().tokens().get(tr.token()).noun()
        && speakers.anySpeechVerb(tree) < 0 && !tree.childActors(tr.token(), Set.of("nmod:poss", "amod")).isEmpty();
    if (ownDoer) {
      // "refused to rule out Japanese retaliation": with no one speaking, a statement noun's owner is its doer
      args = completed(tree, tr, arguments.find(tree, tr), state);
    } else if (kind.equals("say")) {
      int v = speakers.speechVerbAbove(tree, tr.token());
      v = v >= 0 ? v : speakers.anySpeechVerb(tree);
      statusAt = v >= 0 ? v : tr.token();
      args = sayArgs(tree, tr, v, state);
    } else if (kind.equals("enact") || signsMeasure(tree, tr, state)) {
      Measures.Found f = measures.find(tree, tr.token(), state);
      if (f == null) {
        return List.of();
      }
      code = f.measure().code();
      Args a = arguments.find(tree, tr);
      args = new Args(a.sources(), List.of(f.target()), a.pattern() + "; named measure '" + f.measure().phrase() + "'", a.confidence());
    } else {
      args = peopleTravel(tr, completed(tree, tr, arguments.find(tree, tr), state));
      code = stateBombing(args, officialProtest(tr, args, armedSense(tr, args, code)));
    }
    if (root(code).equals("09") && unofficial(args)) {
      return List.of(); // "inquiries from Iraqi traders": business and private people ask, they do not investigate
    }
    return drafts(tree, tr, code, args, statusAt, state);
  }

  /** An investigation (CAMEO 09) is an authority's: a source of business, civil society or the media makes none. */
  private static boolean unofficial(Args args) {
    String sector = args.sources().isEmpty() ? null : args.sources().get(0).sector();
    return sector != null && Set.of("BUS", "CVL", "MED").contains(sector);
  }

  /** Sectors of private travellers, whose trips are no state visits: civilians, media, education, religion. */
  private static final Set<String> TRAVELLERS = Set.of("CVL", "MED", "EDU", "REL");

  /**
   * "Thousands of Iranians travel to Syria": a state's people (a demonym with no title), private travellers or a
   * military unit on the move make no visit of their state, which CAMEO's visits (042) are; the trip keeps its
   * destination but no source.
   */
  private static Args peopleTravel(Trigger tr, Args args) {
    if (!tr.entry().kind().equals("visit") || args.sources().isEmpty()) {
      return args;
    }
    Mention m = args.sources().get(0);
    Resolution r = m.resolution();
    boolean people = r.via() == Via.DEMONYM && !r.title() && !r.person() && m.sector() == null;
    // "pilgrims", "students", "a US rescue unit arrived in Haiti": private travellers and units make no state visit
    // (a named officer does)
    boolean unofficial = m.sector() != null && (TRAVELLERS.contains(m.sector()) || m.sector().equals("MIL") && !m.person());
    return people || unofficial ? new Args(List.of(), args.targets(), args.pattern()
        + "; a trip of a people, private travellers or a unit is no visit of its state", args.confidence()) : args;
  }

  /** "NATO's bombing", "the U.S. bombing of Tripoli": a bombing by a state or alliance is aerial (195), not 183's. */
  private String stateBombing(Args args, String code) {
    if (!code.equals("183") || args.sources().isEmpty()) {
      return code;
    }
    Mention m = args.sources().get(0);
    boolean state = m.code() != null && (m.sector() == null ? m.via() != Via.GROUP && m.via() != Via.DEMONYM
        : Set.of("GOV", "MIL", "IGO").contains(m.sector()));
    return state ? "195" : code;
  }

  /**
   * "Britain has also protested the Japanese limitations": a state or its officials that protest complain
   * officially (CAMEO 114); demonstrations (14x) are the protests of civilians, parties and groups.
   */
  private String officialProtest(Trigger tr, Args args, String code) {
    if (!plover(code).equals("PROTEST") || !tr.entry().lemma().equals("protest") || args.sources().isEmpty()) {
      return code; // boycotts, strikes and sit-ins are protests whoever holds them
    }
    Mention m = args.sources().get(0);
    boolean people = m.via() == Via.DEMONYM || m.via() == Via.GROUP; // "Iranians", "Hamas"
    boolean state = m.code() != null && !people
        && (m.sector() == null ? !m.person() : Set.of("GOV", "DIP", "LEG", "IGO").contains(m.sector()));
    return state ? "114" : code;
  }

  /**
   * "Israeli helicopter gunships attacked Palestinian guerrilla positions": armed forces and armed groups attack with
   * force, whatever the object's word would mean after a politician's "attacked" (a stance, a policy).
   */
  private String armedSense(Trigger tr, Args args, String code) {
    String sector = args.sources().isEmpty() ? null : args.sources().get(0).sector();
    boolean armed = "MIL".equals(sector) || "REB".equals(sector);
    if (!armed || tr.entry().second() == null || !plover(code).equals("ACCUSE")) {
      return code;
    }
    for (Lexicon.Entry e : lexicon.byLemma(tr.entry().lemma())) {
      if (e.second() == null && e.pos().equals(tr.entry().pos()) && Set.of("ASSAULT", "COERCE").contains(plover(e.code()))) {
        return e.code();
      }
    }
    return code;
  }

  /**
   * "Reagan announced the planned tariffs": an act whose object its doer calls planned, proposed or threatened is
   * announced, not done (for a negative act, the threat).
   */
  private static Status plannedObject(Tree tree, Trigger tr, Status st) {
    Sentence s = tree.sentence();
    if (st.value() != EventStatus.OCCURRED || st.intent() || tr.entry().second() == null || !s.tokens().get(tr.token()).verb()) {
      return st;
    }
    for (Dep d : s.children(tr.token())) {
      if (d.rel().equals("obj")) {
        for (Dep m : s.children(d.dep())) {
          String w = s.tokens().get(m.dep()).word().toLowerCase();
          if (m.rel().equals("amod") && Set.of("planned", "proposed", "threatened").contains(w)) {
            List<String> cues = new ArrayList<>(st.cues());
            cues.add("its object '" + w + " " + s.tokens().get(d.dep()).word() + "' → announced");
            return new Status(EventStatus.PLANNED, cues, false, true);
          }
        }
      }
    }
    return st;
  }

  /**
   * "Reagan said Washington will impose tariffs", "Iran warned it would retaliate": an actor saying what it will
   * or would do announces it (for a negative act, a threat).
   */
  private Status ownFutureAct(Tree tree, Trigger tr, Args args, Status status) {
    boolean future = status.value().ahead();
    boolean byAux = status.cues().stream().anyMatch(c -> c.startsWith("aux '"));
    if (!future || !byAux || status.announced() || args.sources().isEmpty() || args.sources().get(0).code() == null) {
      return status;
    }
    int verb = speakers.speechVerbAbove(tree, tr.token());
    Mention speaker = verb >= 0 ? speakers.speaker(tree, verb) : null;
    if (speaker == null || !args.sources().get(0).code().equals(speaker.code())) {
      return status;
    }
    List<String> cues = new ArrayList<>(status.cues());
    cues.add("said by its own side '" + speaker.text() + "' → announced");
    return new Status(EventStatus.PLANNED, cues, false, true);
  }

  /** "Obama signed the Magnitsky Act": signing a named measure enacts it. */
  private boolean signsMeasure(Tree tree, Trigger tr, ArticleState state) {
    return tr.entry().lemma().equals("sign") && measures.find(tree, tr.token(), state) != null;
  }

  private Args sayArgs(Tree tree, Trigger tr, int verb, ArticleState state) {
    Mention speaker = verb >= 0 ? speakers.speaker(tree, verb) : state.quoteOpen() ? state.quoteSpeaker() : null;
    if (speaker == null) {
      return Args.none();
    }
    if (tr.entry().pos().equals("A") && plover(tr.entry().code()).equals("ACCUSE")) {
      return judged(tree, tr.token(), speaker, verb);
    }
    List<Mention> target = nearestOther(tree, tr.token(), List.of(speaker));
    String how = verb >= 0 ? "speaker of '" + tree.sentence().tokens().get(verb).word() + "'" : "speaker of the open quote";
    if (target.isEmpty()) {
      target = onlyOtherSide(tree, tr.token(), List.of(speaker));
      return new Args(List.of(speaker), target, how + " → source" + (target.isEmpty() ? ""
          : "; the only other side the sentence names → target"), 0.6);
    }
    return new Args(List.of(speaker), target, how + " → source; nearest other actor → target", 0.65);
  }

  /**
   * A judgement word ("unfair", "provocative", "interference") criticises the party it is said of: the owner of the
   * noun it qualifies ("Japan's unfair practices"), the subject it is predicated of ("the move was provocative") or
   * the owner of a judgement noun ("interference from outside"); no party else, and none when it is denied or only
   * supposed ("not interference", "if something goes wrong").
   */
  private Args judged(Tree tree, int t, Mention speaker, int verb) {
    Sentence s = tree.sentence();
    if (deniedOrSupposed(tree, t)) {
      return Args.none();
    }
    int judged = s.governor(t).filter(g -> g.head() >= 0 && g.rel().equals("amod")).map(Dep::head).orElse(-1);
    List<Mention> found = new ArrayList<>();
    // "called NATO's bombing a violation", "described the raid as barbaric": what is called so is the verb's object
    s.governor(t).filter(g -> g.head() >= 0 && CALLING.contains(tree.lemma(g.head()))
            && (g.rel().equals("xcomp") || g.rel().equals("obl:as") || g.rel().equals("obj") && g.dep() > firstObject(s, g.head())))
        .ifPresent(g -> s.children(g.head()).stream().filter(d -> d.rel().equals("obj") && d.dep() != t)
            .forEach(d -> found.addAll(tree.subtree(d.dep(), false))));
    // the parse's loose "dep" from the object to the word it is called ("called NATO's bombing a violation")
    s.governor(t).filter(g -> g.head() >= 0 && g.rel().equals("dep")).map(Dep::head)
        .filter(n -> s.governor(n).filter(h -> h.head() >= 0 && h.rel().equals("obj")
            && CALLING.contains(tree.lemma(h.head()))).isPresent())
        .ifPresent(n -> found.addAll(tree.childActors(n, OWNERS)));
    if (judged >= 0) {
      found.addAll(tree.childActors(judged, OWNERS));
      // "steps made by Washington": the doer of the judged thing, however the participle is attached
      s.children(judged).stream().filter(d -> d.rel().startsWith("acl")).forEach(d -> found.addAll(
          tree.childActors(d.dep(), Set.of("obl:by", "obl:agent"))));
      s.governor(judged).filter(g -> g.head() >= 0 && g.rel().startsWith("nsubj")
          && s.tokens().get(g.head()).pos().equals("VBN"))
          .ifPresent(g -> found.addAll(tree.childActors(g.head(), Set.of("obl:by", "obl:agent"))));
      found.addAll(tree.childActors(judged, Set.of("nmod:in"))); // "protectionist sentiment in Congress"
      // "Reagan's decision was based on inaccurate data": an ownerless thing judged is that of its clause's subject
      int clause = s.governor(judged).filter(g -> g.head() >= 0 && (g.rel().startsWith("obl") || g.rel().equals("obj")))
          .map(Dep::head).orElse(-1);
      if (found.isEmpty() && clause >= 0) {
        s.children(clause).stream().filter(d -> d.rel().startsWith("nsubj"))
            .forEach(d -> found.addAll(tree.subtree(d.dep(), false)));
      }
    }
    for (Dep d : s.children(t)) {
      if (d.rel().startsWith("nsubj") || CAUSES.contains(d.rel())) {
        found.addAll(tree.subtree(d.dep(), false)); // "the move was provocative", "dismayed by Tokyo's decision"
      } else if (s.tokens().get(t).noun() && OWNERS.contains(d.rel())) {
        found.addAll(tree.childActors(t, Set.of(d.rel())));
      }
    }
    List<Mention> target = Arguments.others(found, List.of(speaker)).stream().filter(m -> m.code() != null)
        .limit(1).toList();
    String how = verb >= 0 ? "speaker of '" + s.tokens().get(verb).word() + "'" : "speaker of the open quote";
    if (target.isEmpty()) {
      // "The approval of the bill is an unfriendly attack": what is judged names no party; the nearest one is meant
      target = nearestOther(tree, t, List.of(speaker));
      return new Args(List.of(speaker), target, how + " → source" + (target.isEmpty() ? ""
          : "; nearest other actor → target"), 0.55);
    }
    return new Args(List.of(speaker), target, how + " → source; the party the judgement is said of → target", 0.65);
  }

  /** Verbs that name what their object is: "called the move a mistake", "branded the regime illegitimate". */
  private static final Set<String> CALLING = Set.of("call", "describe", "brand", "label", "term", "dub", "denounce",
      "condemn", "characterise", "characterize", "portray", "consider", "deem");

  /** The first object of verb {@code v}, or the end of the sentence when it has none. */
  private static int firstObject(Sentence s, int v) {
    return s.children(v).stream().filter(d -> d.rel().equals("obj")).mapToInt(Dep::dep).min().orElse(s.tokens().size());
  }

  private static final Set<String> OWNERS = Set.of("nmod:poss", "nmod:of", "nmod:by", "nmod:from", "compound", "amod");
  /** What a judgement is about when the word takes it as a phrase: "dismayed by", "angry at", "concerned over". */
  private static final Set<String> CAUSES = Set.of("obl:by", "obl:at", "obl:over", "obl:with", "obl:about", "obl:of",
      "obl:toward", "obl:towards", "obl:against", "nmod:against", "nmod:toward", "nmod:towards", "obl:agent");

  /** True when a negation is attached to the word or the clause above it, or the word lies in an if/unless clause. */
  private boolean deniedOrSupposed(Tree tree, int t) {
    Sentence s = tree.sentence();
    int cur = t;
    for (int step = 0; step < 4 && cur >= 0; step++) {
      int at = cur;
      boolean negated = s.children(at).stream().anyMatch(d -> (d.rel().equals("advmod") || d.rel().equals("neg")
          || d.rel().equals("det") || d.rel().equals("cc")) && Set.of("not", "n't", "no", "never").contains(
              s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT)));
      boolean supposed = s.children(at).stream().anyMatch(d -> d.rel().equals("mark")
          && Set.of("if", "unless", "whether").contains(s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT)));
      var g = s.governor(at);
      boolean conditional = g.map(d -> d.rel().equals("advcl:if") || d.rel().equals("advcl:unless")).orElse(false);
      if (negated || supposed || conditional) {
        return true;
      }
      if (g.isEmpty() || g.get().head() < 0 || lexicon.speech(tree.lemma(g.get().head()))) {
        // the verb that reports the judgement ends the search: its own negation is the report's, not the judgement's
        return false;
      }
      cur = g.get().head();
    }
    return false;
  }


  /** Fills in missing sides: the previous meeting for "The first is the G-8 summit", the nearest actor for verbal conflict. */
  private Args completed(Tree tree, Trigger tr, Args found, ArticleState state) {
    String plover = plover(tr.entry().code());
    boolean meeting = plover.equals("CONSULT");
    List<Mention> kept = found.targets().stream().filter(m -> !documentContent(tree, m, tr.token())
        && !(meeting && topicPhrase(tree, m))).toList();
    Args a = kept.size() == found.targets().size() ? found : new Args(found.sources(), kept,
        found.pattern() + "; what a document or a meeting is about is no target", found.confidence());
    if (a.empty() && plover.equals("CONSULT") && anaphoric(tree.sentence()) && state.previousMeeting().size() == 2) {
      return new Args(state.previousMeeting().subList(0, 1), state.previousMeeting().subList(1, 2),
          "anaphoric continuation of the previous sentence's meeting", 0.5);
    }
    // PROTEST is material (quad.tsv): demonstrators' protests name their target, never the story's counterpart
    boolean verbal = cameo.quad(tr.entry().code()) == Quad.VERBAL_CONFLICT;
    if (plover.equals("THREATEN") && !a.sources().isEmpty()) {
      // the one warned outranks a party found deeper in the threat's own phrase ("retaliate ... from Kuwait")
      Mention warned = addressee(tree, tr.token(), a.sources().get(0));
      if (warned != null) {
        return new Args(a.sources(), List.of(warned), a.pattern() + "; the one warned → target", 0.65);
      }
    }
    if (plover.equals("THREATEN") && !a.sources().isEmpty() && a.targets().isEmpty()) {
      List<Mention> t = conditioned(tree, tr.token(), a.sources().get(0));
      if (!t.isEmpty()) {
        return new Args(a.sources(), t, a.pattern() + "; the actor of its 'if'/'unless' condition → target", 0.6);
      }
    }
    if (verbal && !a.sources().isEmpty() && a.targets().isEmpty()) {
      return aimed(tree, tr, a, state);
    }
    // conflict only: "the pact", "the agreement" mostly recall an accord as background, no act of the sentence
    Quad quad = cameo.quad(tr.entry().code());
    boolean conflict = quad != null && !quad.cooperative();
    if (conflict && !a.sources().isEmpty() && a.targets().isEmpty() && definiteAct(tree, tr, a.sources().get(0))) {
      Mention earlier = state.actTarget(a.sources().get(0).code(), root(tr.entry().code()));
      if (earlier != null) {
        String word = tree.sentence().tokens().get(actNoun(tree, tr)).word();
        List<Mention> side = List.of(earlier.with(earlier.code(), earlier.sector(), earlier.name(),
            Resolution.of(Via.COUNTERPART, word), "target of the same act earlier in the article ('the " + word + "')"));
        return new Args(a.sources(), side, a.pattern() + "; 'the " + word + "': the target of "
            + a.sources().get(0).text() + "'s same act earlier in the article → target", 0.5);
      }
    }
    return a; // for a material act the counterpart is no safe guess: measured, it halved precision
  }

  /** The CAMEO root of a code: its first two digits ("163" → "16"). */
  static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  /**
   * "announced the planned tariffs", "tightened the sanctions", "its embargo": the act's noun is definite (the object
   * of the doer's own verb with a determiner "the" or "these", or the doer's own possessive), so it is an act the
   * article has named before, and has that act's target.
   */
  private boolean definiteAct(Tree tree, Trigger tr, Mention source) {
    int noun = actNoun(tree, tr);
    if (noun < 0) {
      return false;
    }
    // an event noun that is what is known or said ("confirmed the attack", "denied the raids") is no act of the one
    // who knows or says it
    boolean verb = noun != tr.token() || tree.sentence().governor(noun).filter(g -> g.head() >= 0)
        .map(g -> !Arguments.KNOWING.contains(tree.lemma(g.head())) && !lexicon.speech(tree.lemma(g.head()))).orElse(true);
    for (Dep d : tree.sentence().children(noun)) {
      String w = tree.sentence().tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT);
      boolean det = verb && d.rel().equals("det") && Set.of("the", "these", "this", "those").contains(w);
      Mention owner = d.rel().equals("nmod:poss") ? tree.actorAt(d.dep()) : null;
      boolean own = owner != null && owner.code() != null && owner.code().equals(source.code());
      if (det || own) {
        return true;
      }
    }
    return false;
  }

  /** The noun that names the act: the event word itself, or the object a verb entry's second word names; -1 if none. */
  private static int actNoun(Tree tree, Trigger tr) {
    Sentence s = tree.sentence();
    if (s.tokens().get(tr.token()).noun()) {
      return tr.token();
    }
    String second = tr.entry().second();
    if (second == null) {
      return -1;
    }
    return s.children(tr.token()).stream().filter(d -> d.rel().equals("obj")
            && s.tokens().get(d.dep()).lemma().equalsIgnoreCase(second))
        .map(Dep::dep).findFirst().orElse(-1);
  }

  /**
   * The target of a statement (a demand, a charge, a refusal, a threat) whose sentence gives none by syntax: the
   * nearest other actor, the only other side the sentence names, or, with no other party at all, the counterpart of
   * its source earlier in the article; none when the word's own object or addressee is a party of unknown side.
   */
  private static Args aimed(Tree tree, Trigger tr, Args a, ArticleState state) {
    if (filledSlot(tree, tr.token())) {
      // "would not be able to threaten outside air forces": the word's own object or addressee is a party the coder
      // cannot place; another actor of the sentence is not it
      return a;
    }
    List<Mention> t = nearestOther(tree, tr.token(), a.sources());
    if (!t.isEmpty()) {
      return new Args(a.sources(), t, a.pattern() + "; nearest other actor → target", 0.55);
    }
    List<Mention> only = onlyOtherSide(tree, tr.token(), a.sources());
    if (!only.isEmpty()) {
      return new Args(a.sources(), only, a.pattern() + "; the only other side the sentence names → target", 0.5);
    }
    // the counterpart only where the sentence names no other party at all, coded or not ("militants", "banks"), and
    // the statement's own addressee or object is not filled ("criticised al-Jazeera", "ask the Security Council")
    return alone(tree, a.sources().get(0)) && !filledSlot(tree, tr.token()) ? counterpartCompleted(a, state) : a;
  }

  /** Relations that name whom a statement is addressed to or about. */
  private static final Set<String> ADDRESSEE = Set.of("obj", "iobj", "obl:on", "obl:against", "obl:with", "obl:to",
      "nmod:of", "nmod:against", "nmod:on", "nmod:to");

  /**
   * True when an addressee or object slot of the event word holds a party, coded or not: a name, a pronoun, an actor
   * mention or a party noun ("al-Jazeera", "them", "the Security Council", "Western governments"); what is asked or
   * done ("urged speedy action") is none.
   */
  private static boolean filledSlot(Tree tree, int t) {
    return tree.sentence().children(t).stream().anyMatch(d -> {
      var w = tree.sentence().tokens().get(d.dep());
      boolean party = w.pos().startsWith("NNP") || w.pos().equals("PRP") || tree.actorAt(d.dep()) != null
          || PARTY_NOUNS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT));
      return ADDRESSEE.contains(d.rel()) && party;
    });
  }

  /**
   * Common nouns that name parties of no one state: "urged Western governments", "appealed to the international
   * community", "warned its neighbours" (a statement so addressed is not aimed at the article's counterpart).
   */
  private static final Set<String> PARTY_NOUNS = Set.of("government", "leader", "official", "power", "nation",
      "country", "community", "ally", "partner", "state", "neighbour", "neighbor", "people", "public", "world",
      "side", "member", "west");

  /** True when the sentence names no party but {@code source} and its own side, coded or not. */
  private static boolean alone(Tree tree, Mention source) {
    return tree.mentions().stream().noneMatch(m -> !m.place() && m != source
        && (m.sector() != null || m.code() != null || m.person()) && !sameSide(m, source));
  }

  /**
   * "The United States warned Iran that it was ready to retaliate": a threat in the clause of a warning is aimed at
   * the one warned (the warning verb's object), when that is another side.
   */
  private static Mention addressee(Tree tree, int t, Mention source) {
    int cur = t;
    for (int step = 0; step < 3; step++) {
      var g = tree.sentence().governor(cur);
      if (g.isEmpty() || g.get().head() < 0 || !Set.of("ccomp", "xcomp").contains(g.get().rel())) {
        return null;
      }
      cur = g.get().head();
      if (Set.of("warn", "tell", "caution", "remind").contains(tree.lemma(cur))) {
        List<Mention> obj = Arguments.others(tree.childActors(cur, Set.of("obj", "iobj")), List.of(source));
        return obj.isEmpty() ? null : obj.get(0);
      }
    }
    return null;
  }

  /**
   * "warned of retaliation if Seoul's reforms falter", "a warning of sanctions unless Tokyo opens its markets": a
   * threat is aimed at the party whose conduct its condition names (the first other state's actor in the clause).
   */
  private static List<Mention> conditioned(Tree tree, int t, Mention source) {
    List<Integer> heads = new ArrayList<>(List.of(t));
    tree.sentence().governor(t).filter(g -> g.head() >= 0 && tree.sentence().tokens().get(t).noun()).ifPresent(g -> heads.add(g.head()));
    for (int h : heads) {
      for (Dep d : tree.sentence().children(h)) {
        if (d.rel().equals("advcl:if") || d.rel().equals("advcl:unless")) {
          List<Mention> in = Arguments.others(tree.subtree(d.dep(), false), List.of(source));
          if (!in.isEmpty()) {
            return List.of(in.get(0));
          }
        }
      }
    }
    return List.of();
  }

  /** Modals that promise: the act will follow once its condition is met. */
  private static final Set<String> PROMISING_MODALS = Set.of("will", "would", "shall", "'ll");

  /**
   * The side a conflictual act is promised against should it act: the act is planned or hypothetical under "will"/"would" and
   * its "if"/"unless" clause names an actor of another side than the doer ("would retaliate if the U.S. imposed
   * tariffs", "will file a complaint unless Tokyo opens its market"); none otherwise.
   */
  private List<Mention> deterred(Tree tree, Trigger tr, String code, Args args, Status status, int statusAt) {
    Quad quad = cameo.quad(code);
    boolean future = status.value() == EventStatus.HYPOTHETICAL || status.value() == EventStatus.PLANNED;
    if (!future || args.sources().isEmpty() || quad == null || quad.cooperative()) {
      return List.of();
    }
    Sentence s = tree.sentence();
    boolean promised = s.children(statusAt).stream().anyMatch(d -> d.rel().equals("aux")
        && PROMISING_MODALS.contains(s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT)));
    if (!promised) {
      return List.of();
    }
    List<Mention> other = conditioned(tree, tr.token(), args.sources().get(0));
    if (other.isEmpty() && statusAt != tr.token()) {
      other = conditioned(tree, statusAt, args.sources().get(0));
    }
    return other.stream().filter(m -> m.code() != null && !m.place()).toList();
  }

  private static boolean sameSide(Mention m, Mention source) {
    return m.code() != null && m.code().equals(source.code());
  }

  /**
   * "The Japanese have complained that …" in a story of a US–Japan dispute: a statement with no other actor in its
   * sentence is aimed at the other side of its source's latest dyadic event in the article.
   */
  private static Args counterpartCompleted(Args a, ArticleState state) {
    Mention known = a.sources().get(0);
    Mention other = state.counterpart(known.code());
    if (other == null || (known.sector() != null && !STATE_SECTORS.contains(known.sector()))) {
      // "protesters demanding freedom", "rebels asking for weapons": people of a state address their own rulers or
      // no one in particular, not the foreign side their state last dealt with
      return a;
    }
    List<Mention> side = List.of(other.with(other.code(), other.sector(), other.name(),
        Resolution.of(Via.COUNTERPART, known.text()),
        "counterpart of '" + known.text() + "' earlier in the article"));
    return new Args(a.sources(), side, a.pattern() + "; the counterpart of '" + known.text()
        + "' earlier in the article → target", 0.45);
  }

  /** Sectors that speak for a state or an organisation of states. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "DIP", "MIL", "IGO");

  private static boolean anaphoric(Sentence s) {
    if (s.tokens().size() < 2) {
      return false;
    }
    String start = (s.tokens().get(0).word() + " " + s.tokens().get(1).word()).toLowerCase();
    return ANAPHORA.contains(start);
  }

  /**
   * "'We will retaliate and will not leave this American move unanswered'", "'we will meet any escalation by Iran
   * with stronger countermeasures'": a statement whose other side appears only inside a noun phrase (the act
   * answered, the escalation feared) is aimed at it, when the sentence names just that one other side.
   */
  private static List<Mention> onlyOtherSide(Tree tree, int t, List<Mention> sources) {
    List<Mention> others = tree.mentions().stream()
        .filter(m -> !m.place() && m.code() != null && otherSide(m, sources) && !documentContent(tree, m, t)
            && !inOtherClause(tree, m, t) && !outOfReach(tree, m, t))
        .toList();
    boolean one = !others.isEmpty() && others.stream().allMatch(m -> m.code().equals(others.get(0).code()));
    return one ? List.of(others.get(0)) : List.of();
  }

  /**
   * "vetoed a resolution condemning Damascus", "threatened to veto any sanctions resolution against Syria": a party
   * that a resolution, draft or bill is about (in its "against"/"on" phrase or its clause) is no party of what is
   * done to the document; the body that issues it ("a Security Council resolution") is. False when the event word
   * itself is inside that content ("condemning", whose own object Damascus is).
   */
  static boolean documentContent(Tree tree, Mention m, int t) {
    int child = m.head();
    for (int step = 0; step < 4; step++) {
      var g = tree.sentence().governor(child);
      if (g.isEmpty() || g.get().head() < 0) {
        return false;
      }
      int head = g.get().head();
      String rel = g.get().rel();
      if (Tree.DOCUMENTS.contains(tree.lemma(head)) && (rel.startsWith("nmod") || rel.startsWith("acl"))) {
        return !within(tree, t, child);
      }
      if (rel.startsWith("compound") && Tree.DOCUMENTS.contains(tree.lemma(head))) {
        return false;
      }
      child = head;
    }
    return false;
  }

  /**
   * "a meeting of the Contact Group on Libya", "talks about Syria": what a meeting is on or about is its topic, not
   * a party to it.
   */
  private static boolean topicPhrase(Tree tree, Mention m) {
    // the phrase the mention modifies is the topic too: "a meeting on the Libyan crisis", "talks on Iran's programme"
    int at = m.head();
    for (int step = 0; step < 3; step++) {
      var g = tree.sentence().governor(at);
      if (g.isEmpty() || g.get().head() < 0 || !Set.of("amod", "compound", "nmod:poss").contains(g.get().rel())) {
        break;
      }
      at = g.get().head();
    }
    // "paid a courtesy call on President Reagan": one calls on the one visited
    return tree.sentence().governor(at).map(d -> TOPIC_RELATIONS.contains(d.rel()) && d.head() >= 0
        && !tree.lemma(d.head()).equals("call") && !tree.lemma(d.head()).equals("pay")).orElse(false);
  }

  /** True when token {@code t} is {@code root} or lies below it in the parse. */
  private static boolean within(Tree tree, int t, int root) {
    int cur = t;
    for (int step = 0; step < 40 && cur >= 0; step++) {
      if (cur == root) {
        return true;
      }
      cur = tree.sentence().governor(cur).map(Dep::head).orElse(-1);
    }
    return false;
  }

  /**
   * "the opposition begged for help, and the Europeans pleaded with the Americans": a mention inside a joined clause
   * with a subject of its own, which does not hold the event word, belongs to that clause's event.
   */
  private static boolean inOtherClause(Tree tree, Mention m, int t) {
    int cur = m.head();
    for (int step = 0; step < 12 && cur >= 0; step++) {
      if (tree.sentence().tokens().get(cur).verb() && tree.joinedWithOwnSubject(cur)) {
        return !within(tree, t, cur);
      }
      cur = tree.sentence().governor(cur).map(Dep::head).orElse(-1);
    }
    return false;
  }

  /**
   * "Hezbollah turned on the tribunal that is investigating the assassination", "we reject the proposal because it
   * includes nothing concerning our demands": a party outside the adverbial, relative or participial clause that holds
   * the event word, or inside another such clause, is no party of the event. The event word reaches up through its
   * own clause, the clauses it completes ("said", "urged … to") and joined verbs, and down into all but those clauses.
   */
  private static boolean outOfReach(Tree tree, Mention m, int t) {
    Sentence s = tree.sentence();
    int top = t;
    for (int step = 0; step < 40; step++) {
      var g = s.governor(top);
      if (g.isPresent() && g.get().head() >= 0 && g.get().rel().startsWith("advcl") && bareParticiple(s, top)) {
        top = g.get().head(); // "talks with Libya's foreign minister, urging an end to violence": the same act's words
        continue;
      }
      if (g.isEmpty() || g.get().head() < 0 || closed(g.get().rel())) {
        // "Greece, responding to a warning by Turkey, said", "when responding to …, Greece said": a participle has
        // the subject of the clause it hangs on, or the noun it describes
        int above = g.isPresent() && g.get().head() >= 0 ? g.get().head() : -1;
        boolean adverbial = above >= 0 && g.get().rel().startsWith("advcl");
        if (adverbial && s.governor(m.head()).filter(h -> h.head() == above && h.rel().startsWith("nsubj")).isPresent()) {
          return false;
        }
        if (above >= 0 && g.get().rel().equals("acl") && m.head() == above) {
          return false;
        }
        break;
      }
      top = g.get().head();
    }
    // "the sanctions that would hit Japan", "retaliatory laws which would harm Japan": a clause describing the event
    // word, or the noun an event adjective qualifies, is part of the event
    int described = s.tokens().get(t).pos().startsWith("JJ") ? s.governor(t).map(Dep::head).orElse(t) : t;
    int cur = m.head();
    for (int step = 0; step < 40 && cur >= 0; step++) {
      if (cur == top) {
        return false;
      }
      var g = s.governor(cur);
      if (g.isEmpty() || g.get().head() < 0) {
        return true;
      }
      boolean ownClause = g.get().head() == t || g.get().head() == described;
      if (closed(g.get().rel()) && !within(tree, t, cur) && !ownClause) {
        return true;
      }
      cur = g.get().head();
    }
    return true;
  }

  /** An "-ing" verb with no subject of its own: "…, urging an end to violence". */
  private static boolean bareParticiple(Sentence s, int v) {
    return s.tokens().get(v).pos().equals("VBG") && s.children(v).stream().noneMatch(d -> d.rel().startsWith("nsubj")
        || d.rel().equals("mark"));
  }

  /** Clauses that hang on a word as its circumstance or description: adverbial, relative, participial, side remarks. */
  private static boolean closed(String rel) {
    return rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("parataxis");
  }

  /** "Russia and China threatened to veto": neither of the sources, nor of their states, is the other side. */
  private static boolean otherSide(Mention m, List<Mention> sources) {
    return sources.stream().noneMatch(s -> s == m || s.code() != null && s.code().equals(m.code()));
  }

  private static List<Mention> nearestOther(Tree tree, int t, List<Mention> sources) {
    Mention best = null;
    for (Mention m : tree.mentions()) {
      boolean other = !m.place() && m.code() != null && otherSide(m, sources) && !tree.topicOnly(m, t)
          && !documentContent(tree, m, t) && !inOtherClause(tree, m, t) && !outOfReach(tree, m, t);
      if (other && (best == null || Math.abs(m.head() - t) < Math.abs(best.head() - t))) {
        best = m;
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  String plover(String code) {
    CameoTable.Code c = cameo.get(code);
    return c == null ? "-" : c.plover();
  }

  private List<Draft> drafts(Tree tree, Trigger tr, String code, Args args, int statusAt, ArticleState state) {
    Sentence s = tree.sentence();
    Status status = plannedObject(tree, tr, ownFutureAct(tree, tr, args, statusReader.read(s, statusAt)));
    if (othersGuess(tree, tr.token(), args, status)) {
      return List.of(); // "officials did not think Japan would retaliate": a view of another's course, no event
    }
    List<Mention> deterred = deterred(tree, tr, code, args, status, statusAt);
    if (!deterred.isEmpty()) {
      // "Japan would file a complaint if Reagan imposed the tariffs": harm promised on another's act is a threat
      // to that side (CAMEO 13x), made when said
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("harm promised if another side acts → a threat against that side, occurred");
      status = new Status(EventStatus.OCCURRED, cues, false);
      code = plover(code).equals("THREATEN") ? code : threatCode(code) == null ? "130" : threatCode(code);
      args = new Args(args.sources(), deterred, args.pattern() + "; the actor of its 'if'/'unless' condition → target",
          args.confidence() - 0.05);
    }
    String threat = threatCode(code);
    String finalCode = status.intent() ? intentCode(code) : status.announced() && threat != null ? threat : code;
    if ((status.intent() || status.announced()) && plover(code).equals("THREATEN")) {
      List<String> cues = new ArrayList<>(status.cues()); // "ready to retaliate": being ready to harm is the threat
      cues.add("an intent, plan or held-open possibility of retaliating or threatening is the threat → occurred");
      status = new Status(EventStatus.OCCURRED, cues, false);
    } else if (status.intent() && finalCode.equals(code)) {
      status = new Status(EventStatus.HYPOTHETICAL, status.cues(), false); // a wish to yield or agree is not yet done
    } else if (!finalCode.equals(code) && threat != null) {
      // CAMEO codes an announced or expressed intent to act against another as the threat itself, which occurred
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("intent to " + plover(code) + " → threat " + finalCode);
      status = new Status(EventStatus.OCCURRED, cues, false);
    }
    String refusal = status.value() == EventStatus.NEGATED && modalNegation(s, tr.token()) ? refusalCode(finalCode) : null;
    if (refusal != null) {
      // "Japan has said it cannot open its markets", "would not lift the ban": a side that says it will not yield or
      // cooperate refuses (CAMEO 12x), an event that occurred; "did not open" stays a negated opening
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("'" + s.tokens().get(tr.token()).word() + "' under a modal negation: a refusal → " + refusal);
      finalCode = refusal;
      status = new Status(EventStatus.OCCURRED, cues, false);
      if (!args.sources().isEmpty() && args.targets().isEmpty()) {
        args = aimed(tree, tr, args, state); // a refusal is a statement: aimed as a demand or a charge is
      }
    }
    Args refused = null;
    if (status.value() == EventStatus.NEGATED && plover(finalCode).equals("REQUEST")
        && lexicon.cue(tree.lemma(tr.token()), "attempt") != null) {
      // "has failed to persuade Washington to reduce interest rates": the appeal was made, and refused
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("'" + s.tokens().get(tr.token()).word() + "' names the appeal's success: the appeal occurred, refused");
      status = new Status(EventStatus.OCCURRED, cues, false);
      refused = new Args(args.targets(), args.sources(), "the one not persuaded → source; the persuader → target",
          args.confidence() - 0.05);
    }
    status = threatSaid(tree, tr, args, plover(finalCode), status);
    Args breach = breachCharged(tree, tr, args, status);
    String charge = "a breach of its word charged by another side → accusation";
    if (breach == null) {
      breach = unkeptCharged(tree, tr, args, status, finalCode);
      charge = "cooperation another side says was not given → accusation";
    }
    Args demand = breach == null ? demanded(tree, tr, args, status) : null;
    int dateAt = tr.token();
    if (breach != null) {
      dateAt = breach.sources().get(0).head(); // the charge is dated as its saying, not as the agreement broken
      args = breach;
      finalCode = "112";
      List<String> cues = new ArrayList<>(status.cues());
      cues.add(charge);
      status = new Status(EventStatus.OCCURRED, cues, false);
    } else if (demand != null) {
      dateAt = demand.sources().get(0).head(); // the demand is dated as its saying, not as the act demanded
      args = demand;
      finalCode = demandCode(finalCode);
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("what another side says must be done → its demand " + finalCode);
      status = new Status(EventStatus.OCCURRED, cues, false);
    }
    ClauseTense tense = ClauseTense.of(s, tenseAnchor(tree, args, statusAt));
    boolean ahead = status.value().ahead();
    boolean statement = STATEMENTS.contains(plover(finalCode)) || tr.entry().kind().equals("say");
    // a threat is dated when it was made: "announced that on April 17 he would impose tariffs" on the day it was said
    ClauseTense said = plover(finalCode).equals("THREATEN") && tense == ClauseTense.FUTURE ? ClauseTense.PAST : tense;
    EventDate date = dates.resolve(s, dateAt, ahead ? ClauseTense.FUTURE : said, state.dct(), state, statement);
    Status st = sentAhead(tr, s, futureIsPlanned(status, date, state, s, statusAt, plover(finalCode)));
    List<Draft> out = new ArrayList<>(new DraftMaker(tree, tr, args, st, date).make(finalCode, plover(finalCode)));
    if (refused != null) {
      String rejection = requestRefusal(finalCode);
      out.addAll(new DraftMaker(tree, tr, refused, st, date).make(rejection, plover(rejection)));
    }
    Args alleged = breach == null && demand == null ? allegation(tree, tr, args, st, finalCode) : null;
    if (alleged != null) {
      // the charge is dated as its saying
      EventDate saidOn = dates.resolve(s, alleged.sources().get(0).head(), ClauseTense.PAST, state.dct(), state, true);
      List<String> cues = new ArrayList<>(st.cues());
      cues.add("a hostile act another side says was done → its accusation");
      out.addAll(new DraftMaker(tree, tr, alleged, new Status(EventStatus.OCCURRED, cues, false), saidOn)
          .make("112", plover("112")));
    }
    return out;
  }

  /**
   * "The U.S. said Iranians had fired on an American helicopter": a state that reports a hostile act of another side
   * (material conflict that occurred) accuses that side of it (CAMEO 112), besides the act itself; null when the
   * speaker is of the doer's own side, has no code, or the act is only a condition or a possibility.
   */
  private Args allegation(Tree tree, Trigger tr, Args args, Status status, String code) {
    // a clause saying the act was done ("said Iranians had fired on"), not an act named in passing ("Friday's attack")
    boolean clause = tree.sentence().tokens().get(tr.token()).verb()
        && !tree.childActors(tr.token(), Set.of("nsubj")).isEmpty();
    if (status.value() != EventStatus.OCCURRED || cameo.quad(code) != Quad.MATERIAL_CONFLICT || args.sources().isEmpty()
        || args.sources().get(0).code() == null || tr.entry().kind().equals("say") || !clause) {
      return null;
    }
    return reportedBy(tree, tr.token(), args.sources().get(0), "the doer of the hostile act it reports");
  }

  /**
   * The speaker of the speech verb above {@code clause}, as source, and {@code doer} as target: a speaker of another
   * side reporting what the doer did or must do; null when no coded speaker of another side says it, or only in an
   * "if"/"unless" condition.
   */
  private Args reportedBy(Tree tree, int clause, Mention doer, String how) {
    int said = speakers.speechVerbAbove(tree, clause);
    Mention speaker = said >= 0 && said != clause ? speakers.speaker(tree, said) : null;
    if (speaker == null || speaker.code() == null || speaker.place() || speaker.code().equals(doer.code())
        || conditional(tree.sentence(), clause, said)) {
      return null;
    }
    return new Args(List.of(speaker), List.of(doer), "speaker of '" + tree.sentence().tokens().get(said).word()
        + "' → source; " + how + " → target", 0.55);
  }

  /**
   * "The U.S. said Japan must open its markets": an act that a speaker of another side says its doer must or should
   * do is the speaker's demand on the doer (CAMEO 10x), not an act of the doer; null when the sentence is not such a
   * demand ("Japan said it must open", "Iran must have fired", "if Japan must").
   */
  private Args demanded(Tree tree, Trigger tr, Args args, Status status) {
    Sentence s = tree.sentence();
    int t = tr.token();
    int clause = s.tokens().get(t).verb() ? t : s.governor(t).filter(g -> g.head() >= 0 && g.rel().equals("obj")
        && s.tokens().get(g.head()).verb()).map(Dep::head).orElse(-1);
    if (status.value() == EventStatus.OCCURRED || clause < 0 || args.sources().isEmpty()
        || args.sources().get(0).code() == null || tr.entry().kind().equals("say") || !obliged(s, clause)) {
      return null;
    }
    Mention doer = args.sources().get(0);
    boolean subject = tree.childActors(clause, Set.of("nsubj", "nsubj:pass")).contains(doer);
    return subject ? reportedBy(tree, clause, doer, "the one who must '" + s.tokens().get(t).word() + "'") : null;
  }

  /** "must open", "should withdraw", "must not retaliate": an obligation, not "must have fired" (a guess). */
  private static boolean obliged(Sentence s, int verb) {
    boolean must = false;
    for (Dep d : s.children(verb)) {
      String w = s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT);
      if (d.rel().equals("aux") && w.equals("have")) {
        return false;
      }
      must |= d.rel().equals("aux") && OBLIGING.contains(w);
    }
    return must;
  }

  private static final Set<String> OBLIGING = Set.of("must", "should");

  /**
   * The demand (CAMEO 10x) for an act: a meeting 108, policy support 102, material cooperation 101x, aid 103x, reform
   * 104, easing sanctions or dissent 1051–1052, a release 1053, easing an embargo 1054, letting others in 1055,
   * de-escalation 1056, a ceasefire 107, a military retreat 106, an investigation 101; anything else 100.
   */
  private static String demandCode(String code) {
    if (code.startsWith("0871")) {
      return "107";
    }
    if (code.startsWith("0874")) {
      return "106";
    }
    String three = code.length() >= 3 ? code.substring(0, 3) : code;
    return switch (three) {
      case "061", "062", "063", "064" -> "101" + three.charAt(2);
      case "071", "072", "073", "074" -> "103" + three.charAt(2);
      case "081" -> "1051";
      case "082" -> "1052";
      case "083" -> "104";
      case "084" -> "1053";
      case "085" -> "1054";
      case "086" -> "1055";
      case "087" -> "1056";
      case "090", "091", "092", "093", "094" -> "101";
      default -> switch (root(code)) {
        case "04" -> "108";
        case "05" -> "102";
        case "07" -> "103";
        default -> "100";
      };
    };
  }

  /**
   * The refusal (CAMEO 12x) of what an appeal (02x) asked: material cooperation 121, aid 122, reform 123, yielding
   * 124, a meeting 125, mediation 126, a settlement 127; anything else 120.
   */
  private static String requestRefusal(String code) {
    String root = code.length() >= 3 ? code.substring(0, 3) : code;
    return switch (root) {
      case "021" -> "121";
      case "023" -> "122";
      case "024" -> "123";
      case "025" -> "124";
      case "026" -> "125";
      case "027" -> "127";
      case "028" -> "126";
      default -> "120";
    };
  }

  /**
   * "Reagan said Japan did not honor the agreement", "Erdem said Greek activities contravened the Berne Agreement":
   * a speaker who says another side broke or failed to keep its word accuses it (CAMEO 112), with the speaker as
   * source and the one charged as target; null when the sentence is not such a charge.
   */
  private Args breachCharged(Tree tree, Trigger tr, Args args, Status status) {
    Sentence s = tree.sentence();
    int t = tr.token();
    if (args.sources().isEmpty() || args.sources().get(0).code() == null) {
      return null;
    }
    int verb;
    if (s.tokens().get(t).verb() && BREAK.contains(tree.lemma(t))) {
      // the verb itself: "Pakistan had violated the Simla Agreement"
      verb = s.children(t).stream().anyMatch(d -> d.rel().equals("obj") && PLEDGES.contains(tree.lemma(d.dep()))) ? t : -1;
    } else if (s.tokens().get(t).noun() && PLEDGES.contains(tree.lemma(t))) {
      var g = s.governor(t);
      verb = g.isPresent() && g.get().head() >= 0 && s.tokens().get(g.get().head()).verb() ? g.get().head() : -1;
    } else {
      verb = -1;
    }
    if (verb < 0) {
      return null;
    }
    String lemma = s.tokens().get(verb).lemma().toLowerCase();
    // "have not lived up to their pledge": the pledge noun reads as a plain report, the keeping verb is negated
    boolean unkept = status.value() == EventStatus.NEGATED
        || (verb != t && statusReader.read(s, verb).value() == EventStatus.NEGATED);
    boolean broken = BREAK.contains(lemma) || (KEEP.contains(lemma) && unkept);
    int said = broken ? speakers.speechVerbAbove(tree, verb) : -1;
    Mention speaker = said >= 0 ? speakers.speaker(tree, said) : null;
    Mention charged = args.sources().get(0);
    if (speaker == null || speaker.code() == null || speaker.code().equals(charged.code())) {
      return null;
    }
    return new Args(List.of(speaker), List.of(charged), "speaker of '" + s.tokens().get(said).word()
        + "' → source; who broke or failed to keep '" + s.tokens().get(t).word() + "' → target", 0.6);
  }

  /**
   * "He said Tokyo had not shown willingness to open its markets to U.S. exports": a cooperative act that a speaker of
   * another side says its doer did not do is that speaker's charge against the doer (CAMEO 112), not a negated act
   * between the two; null when the sentence is not such a charge.
   */
  private Args unkeptCharged(Tree tree, Trigger tr, Args args, Status status, String code) {
    Quad quad = cameo.quad(code);
    if (status.value() != EventStatus.NEGATED || args.sources().isEmpty() || args.sources().get(0).code() == null
        || quad == null || !quad.cooperative()) {
      return null;
    }
    int said = speakers.speechVerbAbove(tree, tr.token());
    Mention speaker = said >= 0 ? speakers.speaker(tree, said) : null;
    Mention doer = args.sources().get(0);
    if (speaker == null || speaker.code() == null || speaker.code().equals(doer.code())
        || conditional(tree.sentence(), tr.token(), said)) {
      return null; // "sanctions if Tokyo did not allow more access": a condition, not a charge
    }
    return new Args(List.of(speaker), List.of(doer), "speaker of '" + tree.sentence().tokens().get(said).word()
        + "' → source; who did not '" + tree.sentence().tokens().get(tr.token()).word() + "' → target", 0.6);
  }

  /** True when a clause between word {@code t} and the verb {@code above} is brought by "if" or "unless". */
  private static boolean conditional(Sentence s, int t, int above) {
    int cur = t;
    for (int step = 0; step < 8 && cur >= 0 && cur != above; step++) {
      int at = cur;
      if (s.children(at).stream().anyMatch(d -> d.rel().equals("mark")
          && Set.of("if", "unless").contains(s.tokens().get(d.dep()).word().toLowerCase()))) {
        return true;
      }
      cur = s.governor(at).map(Dep::head).orElse(-1);
    }
    return false;
  }

  /**
   * True when a future act is what someone of another side thinks, believes or doubts will happen: the clause of a
   * belief verb whose subject is not the act's doer.
   */
  private static boolean othersGuess(Tree tree, int t, Args args, Status st) {
    boolean ahead = st.value().ahead();
    if (!ahead || args.sources().isEmpty()) {
      return false;
    }
    Sentence s = tree.sentence();
    if (askedWhether(s, t)) {
      return true;
    }
    int cur = t;
    for (int step = 0; step < 3; step++) {
      var g = s.governor(cur);
      if (g.isEmpty() || g.get().head() < 0 || !(g.get().rel().equals("ccomp") || g.get().rel().equals("conj:and"))) {
        break;
      }
      cur = g.get().head();
      if (BELIEFS.contains(s.tokens().get(cur).lemma().toLowerCase())) {
        return !ownBelief(tree, cur, args);
      }
    }
    // a parse that lost the clause ("did not think Japan would retaliate" with "think" as a loose dependent): a
    // belief verb a few words before the event word
    for (int i = Math.max(0, t - 5); i < t; i++) {
      if (s.tokens().get(i).pos().startsWith("VB") && BELIEFS.contains(s.tokens().get(i).lemma().toLowerCase())) {
        return !ownBelief(tree, i, args);
      }
    }
    return false;
  }

  /** "Asked if Japan was expected to retaliate, …": an act in a question someone was asked is not reported. */
  private static boolean askedWhether(Sentence s, int t) {
    int cur = t;
    boolean question = false;
    for (int step = 0; step < 4; step++) {
      int at = cur;
      question |= s.children(at).stream().anyMatch(d -> d.rel().equals("mark")
          && Set.of("if", "whether").contains(s.tokens().get(d.dep()).word().toLowerCase()));
      var g = s.governor(cur);
      if (g.isEmpty() || g.get().head() < 0 || !Set.of("ccomp", "xcomp", "advcl", "advcl:if").contains(g.get().rel())) {
        return false;
      }
      cur = g.get().head();
      if (question && Set.of("ask", "wonder", "question").contains(s.tokens().get(cur).lemma().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /** True when the subject of the belief verb is of the act's doer's side ("Iran believes it will win"). */
  private static boolean ownBelief(Tree tree, int verb, Args args) {
    List<Mention> thinker = tree.childActors(verb, Set.of("nsubj"));
    String doer = args.sources().get(0).code();
    return !thinker.isEmpty() && doer != null && doer.equals(thinker.get(0).code());
  }

  /**
   * "'We will retaliate,' he said", "said the community would have to retaliate": a threat is made by saying what
   * will or would be done; the saying occurred, whatever the modal says of the act threatened.
   */
  private Status threatSaid(Tree tree, Trigger tr, Args args, String plover, Status st) {
    boolean ahead = st.value().ahead();
    boolean byAux = st.cues().stream().anyMatch(c -> c.startsWith("aux '"));
    if (!plover.equals("THREATEN") || !ahead || !byAux || args.sources().isEmpty() || args.sources().get(0).code() == null) {
      return st;
    }
    // only the threatener's own side makes the threat by saying it ("he did not think Japan would retaliate" is none)
    Mention source = args.sources().get(0);
    boolean ownQuote = tree.sentence().quoted()[tr.token()] && source.via() == Via.FIRST_PERSON_PLURAL;
    int verb = speakers.speechVerbAbove(tree, tr.token());
    Mention speaker = verb >= 0 ? speakers.speaker(tree, verb) : null;
    boolean ownSaying = speaker != null && source.code().equals(speaker.code());
    if (!ownQuote && !ownSaying) {
      return st;
    }
    List<String> cues = new ArrayList<>(st.cues());
    cues.add("a threat said → occurred");
    return new Status(EventStatus.OCCURRED, cues, false);
  }

  /**
   * "Japan is sending a team to Washington": the visit of those being sent, in the present, is still ahead ("sent a
   * team" reports one under way or done).
   */
  private static Status sentAhead(Trigger tr, Sentence s, Status st) {
    String pos = s.tokens().get(tr.token()).pos();
    boolean sending = tr.entry().kind().equals("visit") && Set.of("send", "dispatch").contains(tr.entry().lemma());
    if (!sending || st.value() != EventStatus.OCCURRED || !Set.of("VBG", "VBZ", "VBP").contains(pos)) {
      return st;
    }
    List<String> cues = new ArrayList<>(st.cues());
    cues.add("present '" + s.tokens().get(tr.token()).word() + "': the envoys' visit is ahead → planned");
    return new Status(EventStatus.PLANNED, cues, st.intent());
  }

  /** A nominal event takes its tense from the verb whose subject did it ("Russia passed a law that includes a ban"). */
  private static int tenseAnchor(Tree tree, Args args, int dflt) {
    if (!args.pattern().startsWith("subject of governing verb") || args.sources().isEmpty()) {
      return dflt;
    }
    int h = args.sources().get(0).head();
    return tree.sentence().deps().stream().filter(d -> d.dep() == h && d.rel().startsWith("nsubj") && d.head() >= 0)
        .map(Dep::head).findFirst().orElse(dflt);
  }

  /** CAMEO codes an expressed wish to meet, cooperate or help as an intent (03x), and to harm as a threat (13x). */
  private String intentCode(String code) {
    return switch (plover(code)) {
      case "CONSULT" -> "036";
      case "COOPERATE", "SUPPORT" -> "030";
      case "AID" -> "033";
      default -> threatCode(code) == null ? code : threatCode(code);
    };
  }

  /** "cannot open", "will not lift", "won't meet": the event word carries "not" with a modal of will or ability. */
  private static boolean modalNegation(Sentence s, int t) {
    boolean not = false;
    boolean modal = false;
    for (Dep d : s.children(t)) {
      String w = s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT);
      not |= (d.rel().equals("advmod") || d.rel().equals("neg")) && (w.equals("not") || w.equals("n't"));
      modal |= d.rel().equals("aux") && REFUSING_MODALS.contains(w);
    }
    return not && modal;
  }

  /**
   * The refusal (CAMEO 12x) of a cooperative act: to meet 125, to sign or settle 127, to cooperate 121 (economic
   * 1211, military 1212), to yield 124 (ease sanctions 1241, release 1243, lift an embargo 1244, let others in 1245,
   * de-escalate 1246), to reform 123; null for an act that is not cooperative.
   */
  private String refusalCode(String code) {
    String root = code.length() >= 3 ? code.substring(0, 3) : code;
    return switch (plover(code)) {
      case "CONSULT" -> "125";
      case "AGREE", "SUPPORT" -> root.equals("057") ? "127" : "120";
      case "COOPERATE" -> root.equals("061") ? "1211" : root.equals("062") ? "1212" : "121";
      case "AID" -> "120";
      case "CONCEDE", "RETREAT" -> switch (root) {
        case "081" -> "1241";
        case "082" -> "1242";
        case "083" -> "123";
        case "084" -> "1243";
        case "085" -> "1244";
        case "086" -> "1245";
        case "087" -> "1246";
        default -> "124";
      };
      default -> null;
    };
  }

  /**
   * The threat (CAMEO 13x) of a negative act: to break relations 1313, cut aid 1311, halt talks 134, sanction 1312,
   * use force 138, protest 133, coerce 130; null for an act that is not negative.
   */
  private String threatCode(String code) {
    return switch (plover(code)) {
      case "SANCTION" -> code.startsWith("161") ? "1313" : code.startsWith("162") ? "1311"
          : code.startsWith("164") ? "134" : "1312";
      case "ASSAULT", "MOBILIZE" -> "138";
      case "PROTEST" -> "133";
      case "COERCE" -> "130";
      default -> null;
    };
  }

  /**
   * An event dated after publication is planned, unless the date is that of what was threatened ("warned it may
   * retaliate if the U.S. imposes tariffs on April 17") or the event word is itself in the past tense.
   */
  private static Status futureIsPlanned(Status s, EventDate d, ArticleState state, Sentence sentence, int at,
      String plover) {
    boolean past = sentence.tokens().get(at).pos().equals("VBD");
    if (plover.equals("THREATEN") || past) {
      return s;
    }
    if (s.value() == EventStatus.OCCURRED && d.first() != null && state.dct() != null && d.first().isAfter(state.dct())) {
      List<String> cues = new ArrayList<>(s.cues());
      cues.add("date after publication → planned");
      return new Status(EventStatus.PLANNED, cues, s.intent());
    }
    return s;
  }
}
