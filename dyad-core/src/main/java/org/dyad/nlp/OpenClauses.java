package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends a misparse of an infinitive with no subject of its own: "The envoy is due to visit Syria", "Kenya is set to
 * host the talks" parsed with the infinitive as a clausal complement ({@code ccomp}), as if it had a subject of its
 * own. Such a clause is open ({@code xcomp}): its doer is the subject of the word it completes, which is how the
 * coder reads "decided to expel" or "ready to talk".
 */
final class OpenClauses {
  private OpenClauses() {}

  /** {@code deps} with every subjectless "to" infinitive under {@code ccomp} relabelled {@code xcomp}. */
  static List<Dep> mend(List<Token> tokens, List<Dep> deps) {
    List<Dep> out = null;
    for (int i = 0; i < deps.size(); i++) {
      Dep d = deps.get(i);
      if (d.rel().equals("ccomp") && openInfinitive(tokens, deps, d.dep())) {
        if (out == null) {
          out = new ArrayList<>(deps);
        }
        out.set(i, new Dep(d.head(), d.dep(), "xcomp"));
      }
    }
    return out == null ? deps : out;
  }

  private static boolean openInfinitive(List<Token> tokens, List<Dep> deps, int verb) {
    boolean to = false;
    for (Dep d : deps) {
      if (d.head() != verb) {
        continue;
      }
      if (d.rel().startsWith("nsubj") || d.rel().startsWith("csubj") || d.rel().equals("expl")) {
        return false;
      }
      if (d.rel().equals("mark") && d.dep() < verb && tokens.get(d.dep()).pos().equals("TO")) {
        to = true;
      }
    }
    return to && tokens.get(verb).pos().equals("VB");
  }
}
