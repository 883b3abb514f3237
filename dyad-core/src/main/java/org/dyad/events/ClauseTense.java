package org.dyad.events;

import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** The tense of the clause that reports an event, read from the verb's tag and auxiliaries. */
enum ClauseTense {
  PAST, PRESENT, PERFECT, FUTURE;

  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "may", "might", "could", "would", "should");

  /** The tense of the verb that carries {@code t} (the event word itself or the verb governing a noun). */
  static ClauseTense of(Sentence s, int t) {
    int v = verbFor(s, t);
    if (v < 0) {
      return PRESENT;
    }
    ClauseTense aux = fromAux(s, v);
    return aux != null ? aux : fromTag(s.tokens().get(v));
  }

  /** "said he had given Tokyo a warning": the clause of {@code t} is in the past perfect (had + participle). */
  static boolean pastPerfect(Sentence s, int t) {
    int v = verbFor(s, t);
    return v >= 0 && s.tokens().get(v).pos().equals("VBN") && s.children(v).stream().anyMatch(d -> d.rel().equals("aux")
        && s.tokens().get(d.dep()).word().equalsIgnoreCase("had"));
  }

  private static int verbFor(Sentence s, int t) {
    int cur = t;
    for (int step = 0; step < 6 && cur >= 0; step++) {
      Token tok = s.tokens().get(cur);
      if (tok.verb() && !tok.pos().equals("VB") && !tok.pos().equals("VBG") || hasAux(s, cur)) {
        return cur;
      }
      Optional<Dep> g = s.governor(cur);
      cur = g.map(Dep::head).orElse(-1);
    }
    return -1;
  }

  private static boolean hasAux(Sentence s, int v) {
    return s.children(v).stream().anyMatch(d -> d.rel().startsWith("aux") || d.rel().equals("cop"));
  }

  private static ClauseTense fromAux(Sentence s, int v) {
    ClauseTense found = null;
    for (Dep d : s.children(v)) {
      if (!d.rel().startsWith("aux") && !d.rel().equals("cop")) {
        continue;
      }
      Token a = s.tokens().get(d.dep());
      String w = a.word().toLowerCase();
      if (FUTURE_AUX.contains(w)) {
        return FUTURE;
      }
      if (a.lemma().equals("have")) {
        found = a.pos().equals("VBD") ? PAST : PERFECT;
      } else if (found == null && a.pos().equals("VBD")) {
        found = PAST;
      } else if (found == null && (a.pos().equals("VBZ") || a.pos().equals("VBP"))) {
        found = PRESENT;
      }
    }
    return found;
  }

  private static ClauseTense fromTag(Token v) {
    return switch (v.pos()) {
      case "VBD", "VBN" -> PAST;
      case "MD" -> FUTURE;
      default -> PRESENT;
    };
  }
}
