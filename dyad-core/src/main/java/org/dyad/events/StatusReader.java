package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.model.EventStatus;

/**
 * Reads modality, negation and future from the event word and the words that govern it:
 * "may visit" hypothetical, "plans to visit" planned, "did not meet" and "refused to meet" negated.
 * The nearest cue wins; a speech verb ends the search (what was said keeps its own status).
 */
final class StatusReader {
  private static final Set<String> SHARES_MODAL = Set.of("obl:during", "advcl:after", "advcl:before", "advcl:once",
      "advcl:when", "advcl:until");
  // "embark on a trade war", "enter into talks": a noun an act verb takes through "on" or "into" shares its status;
  // "options such as calling for sanctions": the examples a noun lists share its status
  private static final Set<String> UP = Set.of("xcomp", "obj", "acl", "obl:for", "ccomp", "amod", "nsubj:pass", "dep",
      "nmod:of", "obl:on", "obl:into", "acl:such_as", "nmod:such_as");
  private static final Set<String> ORDINAL = Set.of("first", "second", "third", "last", "only", "latest");
  private static final Set<String> ATTACHED = Set.of("aux", "advmod", "neg", "amod", "det", "mark", "aux:pass", "cop");
  private final Lexicon lexicon;

  StatusReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A noun marked as a draft or a proposal: "a draft resolution", "the proposed bill". */
  private static boolean drafted(Sentence s, int noun) {
    return s.children(noun).stream().anyMatch(d -> (d.rel().equals("amod") || d.rel().startsWith("compound"))
        && DRAFT.contains(s.tokens().get(d.dep()).word().toLowerCase()));
  }

  private static final Set<String> DRAFT = Set.of("draft", "proposed");

  /**
   * "loom large when Cameron meets Obama" (the parse: "when" an adverb of "meets", the clause hung on "large"): a time
   * clause in the present tense that the parse labels as a plain adverbial clause.
   */
  private static boolean timeClause(Sentence s, int clause, Dep g) {
    return present(s, clause) && g.rel().equals("advcl") && s.children(clause).stream().anyMatch(d -> (d.rel().equals("advmod")
        || d.rel().equals("mark")) && TIME_WORDS.contains(s.tokens().get(d.dep()).word().toLowerCase()));
  }

  /** A verb in the simple present: "meets", "meet". */
  private static boolean present(Sentence s, int t) {
    String tag = s.tokens().get(t).pos();
    return tag.equals("VBZ") || tag.equals("VBP");
  }

  private static final Set<String> TIME_WORDS = Set.of("when", "once", "after", "before", "until", "while");

  /** The verb an adverb or adjective modifier hangs on ("large" in "loom large"), or the word itself. */
  private static int predicate(Sentence s, int t) {
    int cur = t;
    for (int step = 0; step < 3 && !s.tokens().get(cur).verb(); step++) {
      var g = s.governor(cur);
      if (g.isEmpty() || g.get().head() < 0 || !Set.of("advmod", "amod", "xcomp").contains(g.get().rel())) {
        break;
      }
      cur = g.get().head();
    }
    return cur;
  }

  Status read(Sentence s, int trigger) {
    List<String> cues = new ArrayList<>();
    Optional<Status> joined = sharedModal(s, trigger, cues);
    if (joined.isPresent()) {
      return joined.get();
    }
    int cur = trigger;
    for (int step = 0; step < 5 && cur >= 0; step++) {
      int at = cur;
      Optional<Dep> other = (cur == trigger || s.tokens().get(cur).verb())
          ? s.children(cur).stream().filter(d -> alternative(s, d)).findFirst() : Optional.empty();
      if (other.isPresent()) {
        cues.add("'" + s.tokens().get(other.get().dep()).word() + "' before '" + s.tokens().get(at).word()
            + "' → negated: the act not chosen");
        return new Status(EventStatus.NEGATED, cues, false);
      }
      Optional<Status> st = attached(s, cur, cues);
      if (st.isPresent()) {
        return st.get();
      }
      // the event word or a verb on the way up whose "to" follows a cue noun, however parsed ("announced plans to
      // impose tariffs" with "impose" under "announced"; "Japan's failure to honor a pact ... and to open its market")
      Optional<Status> before = nounBeforeTo(s, cur, cues);
      if (before.isPresent()) {
        return before.get();
      }
      Optional<Dep> g = s.governor(cur);
      if (g.isPresent() && g.get().head() >= 0 && infinitiveOnNoun(s, g.get())) {
        Lexicon.Cue own = lexicon.cue(s.tokens().get(g.get().head()).lemma().toLowerCase(), "governor");
        if (own != null) {
          return status(own, cues, s, g.get().head()); // "Japan's failure to honor the pact": the noun's own cue
        }
        cues.add("infinitive clause on the noun '" + s.tokens().get(g.get().head()).word() + "' → hypothetical");
        return new Status(EventStatus.HYPOTHETICAL, cues, false);
      }
      if (g.isPresent() && g.get().head() >= 0 && (SHARES_MODAL.contains(g.get().rel()) || timeClause(s, cur, g.get()))) {
        // "during his visit he would be talking", "will seek loans after the agreement is signed": the scene or
        // the time clause shares the main clause's modal, not its negation
        Optional<Status> modal = attached(s, g.get().head(), new ArrayList<>())
            .filter(x -> x.value().ahead());
        if (modal.isEmpty() && present(s, cur)) {
          // "is likely to loom large when Cameron meets Obama": a time clause in the present takes the future or
          // the likelihood of the clause it times, however that clause got it
          modal = Optional.of(read(s, predicate(s, g.get().head()))).filter(x -> x.value().ahead());
        }
        if (modal.isPresent()) {
          cues.add("during a clause that is " + modal.get().value());
          return new Status(modal.get().value(), cues, false);
        }
      }
      if (g.isPresent() && g.get().head() >= 0 && purpose(s, cur, g.get())) {
        cues.add("purpose clause '" + s.tokens().get(cur).word() + "' of '" + s.tokens().get(g.get().head()).word()
            + "' → hypothetical");
        return new Status(EventStatus.HYPOTHETICAL, cues, false);
      }
      if (g.isEmpty() || g.get().head() < 0 || !(UP.contains(g.get().rel()) || sharedInfinitive(s, cur, g.get()))) {
        break;
      }
      boolean content = g.get().rel().equals("acl");
      cur = g.get().head();
      int sponsor = content ? Tree.sponsoredBy(s, cur) : -1;
      if (sponsor >= 0) {
        // "is circulating a draft resolution calling for …": the sponsor's demand is made as it puts the draft forward
        Status own = read(s, sponsor);
        List<String> all = new ArrayList<>(cues);
        all.add("the content of the " + s.tokens().get(cur).word() + " its sponsor '" + s.tokens().get(sponsor).word()
            + "' puts forward");
        all.addAll(own.cues());
        return new Status(own.value(), all, false);
      }
      if (content && drafted(s, cur)) {
        // "presented a draft resolution condemning Syria": what a document not yet adopted says is not yet done
        cues.add("the content of the " + s.tokens().get(cur).word() + " still a draft → hypothetical");
        return new Status(EventStatus.HYPOTHETICAL, cues, false);
      }
      String lemma = s.tokens().get(cur).lemma().toLowerCase();
      Optional<Status> there = existentialCue(s, cur, cues);
      if (there.isPresent()) {
        return there.get();
      }
      if (lemma.equals("rule") && particle(s, cur, "out")) {
        return ruledOut(s, cur, cues);
      }
      if (lexicon.speech(lemma)) {
        return spoken(s, cur, cues).orElseGet(() -> plannedByPlace(s, trigger, cues));
      }
      Lexicon.Cue c = lexicon.cue(lemma, "governor");
      if (c != null) {
        return status(c, cues, s, cur);
      }
    }
    return s.tokens().get(trigger).noun() ? subjectOfModal(s, trigger, cues) : plannedByPlace(s, trigger, cues);
  }

  /**
   * "certain Reagan would go ahead today and impose curbs", however parsed: a bare verb (no tense, no "to", no
   * subject of its own) after "and"/"or" shares the modal of the verb it is joined to, the nearest one before it with
   * no finite verb between.
   */
  private Optional<Status> sharedModal(Sentence s, int verb, List<String> cues) {
    var tokens = s.tokens();
    // (a subject or modal the enhanced parse copies from the first verb stands before the "and")
    boolean bare = tokens.get(verb).pos().equals("VB") && s.children(verb).stream().noneMatch(d -> d.dep() > verb - 1
        && (d.rel().startsWith("nsubj") || d.rel().startsWith("aux") || d.rel().equals("mark")));
    if (!bare || verb == 0 || !Set.of("and", "or").contains(tokens.get(verb - 1).word().toLowerCase())) {
      return Optional.empty();
    }
    for (int i = verb - 2; i >= Math.max(0, verb - 10); i--) {
      if (tokens.get(i).finite()) {
        return Optional.empty();
      }
      Lexicon.Cue c = tokens.get(i).pos().equals("MD") ? lexicon.cue(tokens.get(i).word().toLowerCase(), "aux") : null;
      if (c != null) {
        cues.add("joined by '" + tokens.get(verb - 1).word() + "' to the verb of '" + tokens.get(i).word() + "'");
        return Optional.of(status(c, cues, s, i));
      }
    }
    return Optional.empty();
  }

  /**
   * "ruled out sanctions" says they will not come; "refused to rule out retaliation", "did not rule out talks" say
   * they may: a possibility its doer holds open, which for a harmful act is a threat (as an announced plan is).
   */
  private Status ruledOut(Sentence s, int rule, List<String> cues) {
    boolean notRuled = attached(s, rule, new ArrayList<>()).map(x -> x.value() == EventStatus.NEGATED).orElse(false)
        || s.governor(rule).filter(g -> g.head() >= 0 && g.rel().equals("xcomp")).map(g -> {
          Lexicon.Cue c = lexicon.cue(s.tokens().get(g.head()).lemma().toLowerCase(), "governor");
          return c != null && c.status().equals("negated");
        }).orElse(false);
    if (!notRuled) {
      cues.add("ruled out → negated");
      return new Status(EventStatus.NEGATED, cues, false);
    }
    cues.add("not ruled out → held open: hypothetical, a threat for a harmful act");
    return new Status(EventStatus.HYPOTHETICAL, cues, false, true);
  }

  private static boolean particle(Sentence s, int verb, String word) {
    return s.children(verb).stream().anyMatch(d -> d.rel().equals("compound:prt")
        && s.tokens().get(d.dep()).word().equalsIgnoreCase(word));
  }

  /**
   * "what he called Japan's failure to honor a pact" parsed with "honor" hung elsewhere: a cue noun right before
   * the infinitive's "to" still governs it.
   */
  private Optional<Status> nounBeforeTo(Sentence s, int verb, List<String> cues) {
    int noun = Tree.nounBeforeInfinitive(s, verb);
    Lexicon.Cue c = noun < 0 ? null : lexicon.cue(s.tokens().get(noun).lemma().toLowerCase(), "governor");
    return c == null ? Optional.empty() : Optional.of(status(c, cues, s, noun));
  }

  /**
   * "a deadline for Japan to promise access", "efforts to end the war", "the right to retaliate": an event verb in
   * an infinitive clause on a noun is what is asked, sought or allowed, not what was done; "the first leader to
   * visit" states a fact and keeps the clause's own reading.
   */
  private static boolean infinitiveOnNoun(Sentence s, Dep g) {
    if (!g.rel().startsWith("acl") || g.rel().equals("acl:relcl") || !s.tokens().get(g.head()).noun()) {
      return false;
    }
    boolean to = Tree.infinitive(s, g.dep());
    boolean passive = s.children(g.dep()).stream().anyMatch(c -> c.rel().equals("aux:pass"));
    boolean ordinal = s.children(g.head()).stream().anyMatch(c -> (c.rel().equals("amod") || c.rel().equals("det"))
        && ORDINAL.contains(s.tokens().get(c.dep()).word().toLowerCase()));
    return to && !passive && !ordinal;
  }

  /**
   * "failed to stop dumping and to open its market", "will not meet and sign": a bare verb joined to another without
   * a subject of its own shares what governs the first (a finite one, "and opened its market", has its own).
   */
  private static boolean sharedInfinitive(Sentence s, int verb, Dep g) {
    boolean joined = g.rel().equals("conj:and") || g.rel().equals("conj:or");
    return joined && s.tokens().get(verb).pos().equals("VB") && s.tokens().get(g.head()).verb()
        && s.children(verb).stream().noneMatch(d -> d.rel().startsWith("nsubj"));
  }

  /** "There were rumors that Iran had fired shells": the cue noun is the subject of the "be" that holds the clause. */
  private Optional<Status> existentialCue(Sentence s, int verb, List<String> cues) {
    if (!s.tokens().get(verb).lemma().equalsIgnoreCase("be")) {
      return Optional.empty();
    }
    for (Dep d : s.children(verb)) {
      Lexicon.Cue c = d.rel().startsWith("nsubj") ? lexicon.cue(s.tokens().get(d.dep()).lemma().toLowerCase(), "governor")
          : null;
      if (c != null) {
        return Optional.of(status(c, cues, s, d.dep()));
      }
    }
    return Optional.empty();
  }


  /** "The talks will focus on aid", "his talks would include fraud": a meeting noun that is the subject of a modal verb. */
  private Status subjectOfModal(Sentence s, int trigger, List<String> cues) {
    Optional<Dep> g = s.governor(trigger);
    if (g.isPresent() && g.get().head() >= 0 && g.get().rel().startsWith("nsubj")) {
      for (Dep d : s.children(g.get().head())) {
        Lexicon.Cue c = d.rel().equals("aux") ? lexicon.cue(s.tokens().get(d.dep()).word().toLowerCase(), "aux") : null;
        if (c != null) {
          cues.add("subject of '" + s.tokens().get(g.get().head()).word() + "' with aux '" + s.tokens().get(d.dep()).word()
              + "' → " + c.status());
          return new Status(EventStatus.fromString(c.status()), cues, false);
        }
      }
    }
    return plannedByPlace(s, trigger, cues);
  }

  /**
   * What was said keeps its own status, unless the saying itself is still to come or only likely: "is likely to
   * announce sanctions", "will announce a visit" (negation of the saying is left to the speech's own reading).
   */
  private Optional<Status> spoken(Sentence s, int verb, List<String> cues) {
    Optional<Status> own = attached(s, verb, new ArrayList<>());
    Optional<Dep> g = s.governor(verb);
    if (own.isEmpty() && g.isPresent() && g.get().head() >= 0 && UP.contains(g.get().rel())) {
      Lexicon.Cue c = lexicon.cue(s.tokens().get(g.get().head()).lemma().toLowerCase(), "governor");
      own = c == null ? Optional.empty() : Optional.of(status(c, new ArrayList<>(), s, g.get().head()));
    }
    return own.filter(st -> st.value().ahead())
        .map(st -> {
          cues.add("the saying '" + s.tokens().get(verb).word() + "' is " + st.value());
          cues.addAll(st.cues());
          return new Status(st.value(), cues, false);
        });
  }

  private Optional<Status> attached(Sentence s, int t, List<String> cues) {
    List<Dep> children = new ArrayList<>(s.children(t));
    // a negation outranks the auxiliary beside it: "will not sanction" is negated, not planned
    children.sort(java.util.Comparator.comparing(d -> negation(s, d) ? 0 : 1));
    for (Dep d : children) {
      if (!ATTACHED.contains(d.rel())) {
        continue;
      }
      String w = s.tokens().get(d.dep()).word().toLowerCase();
      Lexicon.Cue c = lexicon.cue(w, d.rel().startsWith("aux") ? "aux" : "modifier");
      if (c == null && d.rel().startsWith("aux")) {
        c = lexicon.cue(s.tokens().get(d.dep()).lemma(), "aux");
      }
      if (c != null) {
        return Optional.of(status(c, cues, s, d.dep()));
      }
    }
    return scheduled(s, t, cues);
  }

  /**
   * "sent warships to protect the tankers", "calling for the Council to impose sanctions": what an act is done for,
   * an infinitive of purpose, is intended, not reported as done; so is one an adjective judges.
   */
  private static boolean purpose(Sentence s, int verb, Dep g) {
    // "it would be foolish for Japan to strike back": an infinitive an adjective judges is not done either
    return g.rel().equals("advcl:to") && Tree.infinitive(s, verb)
        && (s.tokens().get(g.head()).verb() || s.tokens().get(g.head()).pos().startsWith("JJ"));
  }

  /**
   * "to negotiate rather than embark on a trade war", "instead of attacking the tankers": the act set aside for
   * another is not done.
   */
  private static boolean alternative(Sentence s, Dep d) {
    String w = s.tokens().get(d.dep()).word().toLowerCase();
    String fixed = w.equals("rather") ? "than" : w.equals("instead") ? "of" : null;
    return fixed != null && (d.rel().equals("cc") || d.rel().equals("case") || d.rel().equals("mark"))
        && s.children(d.dep()).stream().anyMatch(c -> c.rel().equals("fixed")
            && s.tokens().get(c.dep()).word().equalsIgnoreCase(fixed));
  }

  /** "Reagan is to announce", "the ministers are to meet on Friday": "be" + "to" before a verb schedules it. */
  private static Optional<Status> scheduled(Sentence s, int t, List<String> cues) {
    if (!s.tokens().get(t).pos().equals("VB")) {
      return Optional.empty();
    }
    boolean be = false;
    boolean to = false;
    for (Dep d : s.children(t)) {
      Token w = s.tokens().get(d.dep());
      be |= d.rel().equals("aux") && w.lemma().equalsIgnoreCase("be") && d.dep() < t;
      to |= d.rel().equals("mark") && w.word().equalsIgnoreCase("to") && d.dep() == t - 1;
    }
    if (!be || !to) {
      return Optional.empty();
    }
    cues.add("'be to' before '" + s.tokens().get(t).word() + "' → planned");
    return Optional.of(new Status(EventStatus.PLANNED, cues, false));
  }

  private boolean negation(Sentence s, Dep d) {
    Lexicon.Cue c = lexicon.cue(s.tokens().get(d.dep()).word(), "modifier");
    return c != null && c.status().equals("negated");
  }

  private Status status(Lexicon.Cue c, List<String> cues, Sentence s, int at) {
    cues.add(c.where() + " '" + s.tokens().get(at).word() + "' → " + c.status());
    if (c.status().equals("intent")) {
      // an intent with a negation above it ("did not want to meet") is negated, else the expression occurred
      return new Status(negatedAbove(s, at) ? EventStatus.NEGATED : EventStatus.OCCURRED, cues, true);
    }
    if (c.status().equals("announced")) {
      return new Status(EventStatus.PLANNED, cues, false, true);
    }
    return new Status(EventStatus.fromString(c.status()), cues, false);
  }

  private boolean negatedAbove(Sentence s, int at) {
    return s.children(at).stream().anyMatch(d -> {
      Lexicon.Cue c = lexicon.cue(s.tokens().get(d.dep()).word(), "modifier");
      return c != null && c.status().equals("negated");
    });
  }

  /** "a summit, to be held in June": an infinitive clause on a meeting noun announces it. */
  private static Status plannedByPlace(Sentence s, int trigger, List<String> cues) {
    for (Dep d : s.children(trigger)) {
      boolean infinitive = d.rel().startsWith("acl") && Tree.infinitive(s, d.dep());
      if (infinitive) {
        cues.add("infinitive clause '" + s.tokens().get(d.dep()).word() + "' → planned");
        return new Status(EventStatus.PLANNED, cues, false);
      }
    }
    for (int i = trigger + 1; i + 2 < Math.min(s.tokens().size(), trigger + 6); i++) {
      String three = (s.tokens().get(i).word() + " " + s.tokens().get(i + 1).word() + " " + s.tokens().get(i + 2).lemma()).toLowerCase();
      if (three.equals("to be hold") || three.equals("to take place") || three.equals("to be convene")) {
        cues.add("'" + three + "' after the event word → planned");
        return new Status(EventStatus.PLANNED, cues, false);
      }
    }
    return new Status(EventStatus.OCCURRED, cues, false);
  }
}
