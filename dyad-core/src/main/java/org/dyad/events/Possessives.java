package org.dyad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Resolution;
import org.dyad.actors.Via;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;

/**
 * "Japan was ready to continue talks despite its failure to convince America", "Iran said the United States would
 * pay for its attack on Iraq": a possessive "its" (or "their") that the actor stage left unresolved stands for the
 * subject of the clause it sits in, read from the parse. The mention is added only when that subject is an actor
 * that can own an "its" (a state or body, not a person) and does not contain the pronoun itself.
 */
final class Possessives {
  private static final Set<String> WORDS = Set.of("its", "their");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
  private static final Set<String> BOUNDARIES = Set.of("advcl", "ccomp", "parataxis", "acl:relcl", "conj", "csubj");
  private static final int MAX_STEPS = 5;

  private Possessives() {}

  /** The mentions of a parsed sentence with its unresolved possessives resolved; the list itself when none are. */
  static List<Mention> resolve(Sentence s, List<Mention> mentions) {
    if (!s.parsed()) {
      return mentions;
    }
    List<Mention> out = null;
    for (var t : s.tokens()) {
      int i = t.index();
      if (!WORDS.contains(t.word().toLowerCase()) || mentions.stream().anyMatch(m -> m.covers(i))) {
        continue;
      }
      Mention subject = subjectOfClause(s, mentions, i);
      if (subject != null) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.add(new Mention(i, i + 1, i, t.word(), subject.name(), subject.code(), subject.sector(), false, false,
            Resolution.of(Via.PRONOUN, subject.text()),
            "pronoun '" + t.word() + "' for '" + subject.text() + "', the subject of its clause"));
      }
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static Mention subjectOfClause(Sentence s, List<Mention> mentions, int pronoun) {
    var poss = s.governor(pronoun).filter(g -> g.rel().equals("nmod:poss") && g.head() >= 0);
    if (poss.isEmpty()) {
      return null;
    }
    List<Integer> path = new ArrayList<>(List.of(pronoun));
    int at = poss.get().head();
    for (int step = 0; step < MAX_STEPS && at >= 0; step++) {
      path.add(at);
      for (Dep d : s.children(at)) {
        if (SUBJECTS.contains(d.rel()) && !path.contains(d.dep())) {
          Mention m = at(mentions, d.dep());
          // the clause's subject decides, whether or not it can own an "its": a person's clause is no state's
          return m != null && m.code() != null && !m.person() && !m.place() ? m : null;
        }
      }
      // past a clause of its own ("condemned Uganda, saying its attack was illegal") the subject is another's
      var up = s.governor(at);
      if (up.isEmpty() || BOUNDARIES.stream().anyMatch(b -> up.get().rel().startsWith(b))) {
        return null;
      }
      at = up.get().head();
    }
    return null;
  }

  private static Mention at(List<Mention> mentions, int t) {
    return mentions.stream().filter(m -> m.covers(t)).findFirst().orElse(null);
  }
}
