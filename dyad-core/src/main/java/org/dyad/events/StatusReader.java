package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;

/**
 * Reads modality, negation and future from the event word and the words that govern it:
 * "may visit" hypothetical, "plans to visit" planned, "did not meet" and "refused to meet" negated.
 * The nearest cue wins; a speech verb ends the search (what was said keeps its own status).
 */
final class StatusReader {
  private static final Set<String> UP = Set.of("xcomp", "obj", "acl", "obl:for", "ccomp", "amod", "nsubj:pass", "dep");
  private static final Set<String> ATTACHED = Set.of("aux", "advmod", "neg", "amod", "det", "mark", "aux:pass", "cop");
  private final Lexicon lexicon;

  StatusReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Status read(Sentence s, int trigger) {
    List<String> cues = new ArrayList<>();
    int cur = trigger;
    for (int step = 0; step < 5 && cur >= 0; step++) {
      Optional<Status> st = attached(s, cur, cues);
      if (st.isPresent()) {
        return st.get();
      }
      Optional<Dep> g = s.governor(cur);
      if (g.isEmpty() || g.get().head() < 0 || !UP.contains(g.get().rel())) {
        break;
      }
      cur = g.get().head();
      String lemma = s.tokens().get(cur).lemma().toLowerCase();
      if (lexicon.speech(lemma)) {
        break;
      }
      Lexicon.Cue c = lexicon.cue(lemma, "governor");
      if (c != null) {
        return status(c, cues, s, cur);
      }
    }
    return plannedByPlace(s, trigger, cues);
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
    return Optional.empty();
  }

  private boolean negation(Sentence s, Dep d) {
    Lexicon.Cue c = lexicon.cue(s.tokens().get(d.dep()).word(), "modifier");
    return c != null && c.status().equals("negated");
  }

  private Status status(Lexicon.Cue c, List<String> cues, Sentence s, int at) {
    cues.add(c.where() + " '" + s.tokens().get(at).word() + "' → " + c.status());
    if (c.status().equals("intent")) {
      // an intent with a negation above it ("did not want to meet") is negated, else the expression occurred
      return new Status(negatedAbove(s, at) ? "negated" : "occurred", cues, true);
    }
    return new Status(c.status(), cues, false);
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
      boolean infinitive = d.rel().startsWith("acl") && s.children(d.dep()).stream()
          .anyMatch(c -> c.rel().equals("mark") && s.tokens().get(c.dep()).word().equalsIgnoreCase("to"));
      if (infinitive) {
        cues.add("infinitive clause '" + s.tokens().get(d.dep()).word() + "' → planned");
        return new Status("planned", cues, false);
      }
    }
    for (int i = trigger + 1; i + 2 < Math.min(s.tokens().size(), trigger + 6); i++) {
      String three = (s.tokens().get(i).word() + " " + s.tokens().get(i + 1).word() + " " + s.tokens().get(i + 2).lemma()).toLowerCase();
      if (three.equals("to be hold") || three.equals("to take place") || three.equals("to be convene")) {
        cues.add("'" + three + "' after the event word → planned");
        return new Status("planned", cues, false);
      }
    }
    return new Status("occurred", cues, false);
  }
}
