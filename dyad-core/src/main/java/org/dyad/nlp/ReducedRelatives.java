package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends one frequent misparse of news English: a noun modified by a reduced relative clause with a "by" agent ("A
 * mission led by Minister Balaki Kirya will visit Kenya", "A Soviet team headed by Yuli Vorontsov will hold talks")
 * parsed with the participle as the main verb and the sentence's real verb hung under it (or under the agent's
 * noun, or over it as a clausal subject). The mended parse makes the later verb the root with the noun as its
 * subject and the participle a clause on the noun ({@code acl}), which is how the sentence reads.
 *
 * <p>Only a participle with a subject of its own, a "by" phrase and no auxiliary or copula (so "The mission was
 * led by Kirya" is left alone), and a later verb that has a tense or a modal of its own, are mended.
 */
final class ReducedRelatives {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ReducedRelatives() {}

  /** {@code deps} mended, or the same list when no reduced relative was misparsed. */
  static List<Dep> mend(List<Token> tokens, List<Dep> deps) {
    List<Dep> out = deps;
    for (Token t : tokens) {
      if (t.pos().equals("VBN")) {
        List<Dep> mended = mendAt(tokens, out, t.index());
        out = mended == null ? out : mended;
      }
    }
    return out;
  }

  private static List<Dep> mendAt(List<Token> tokens, List<Dep> deps, int participle) {
    int subject = -1;
    int agent = -1;
    for (Dep d : deps) {
      if (d.head() != participle) {
        continue;
      }
      if (d.rel().startsWith("aux") || d.rel().equals("cop")) {
        return null; // "was led by": a real passive
      }
      if (d.rel().equals("nsubj") && d.dep() < participle) {
        subject = d.dep();
      } else if (d.rel().equals("obl:by") && d.dep() > participle) {
        agent = d.dep();
      }
    }
    if (subject < 0 || agent < 0 || !tokens.get(subject).noun()) {
      return null;
    }
    int verb = laterVerb(tokens, deps, participle, agent);
    if (verb < 0) {
      return null;
    }
    int verbSubject = -1;
    for (Dep d : deps) {
      if (d.head() == verb && d.rel().startsWith("nsubj") && d.dep() > participle) {
        verbSubject = d.dep();
      }
    }
    Dep participleEdge = deps.stream().filter(d -> d.dep() == participle).findFirst().orElse(null);
    // a verb hung under the participle or its agent takes the participle's place; one beside it or over it keeps its own
    boolean hungUnder = under(deps, verb, participle);
    List<Dep> out = new ArrayList<>();
    for (Dep d : deps) {
      boolean participleGoverned = d.dep() == participle;
      boolean verbGoverned = d.dep() == verb && hungUnder;
      boolean oldSubject = d.head() == participle && d.dep() == subject;
      boolean agentPart = d.head() == verb && d.dep() > agent && d.dep() < verb
          && !d.rel().startsWith("aux") && !d.rel().equals("mark") && !d.rel().equals("advmod");
      if (participleGoverned || verbGoverned || oldSubject) {
        continue;
      }
      if (d.head() == verb && d.dep() == verbSubject || agentPart) {
        // "… by minister of state in the presidency Balaki Kirya will visit": the agent's words, not the verb's
        out.add(new Dep(agent, d.dep(), d.dep() == verbSubject ? "appos" : d.rel().replace("obl", "nmod")));
      } else if (d.head() == participle && d.rel().equals("punct") && d.dep() > verb) {
        out.add(new Dep(verb, d.dep(), d.rel()));
      } else {
        out.add(d);
      }
    }
    if (hungUnder) {
      out.add(participleEdge == null ? new Dep(-1, verb, "root") : new Dep(participleEdge.head(), verb, participleEdge.rel()));
    }
    out.add(new Dep(verb, subject, "nsubj"));
    out.add(new Dep(subject, participle, "acl"));
    return out;
  }

  /**
   * The verb after the agent, with a tense or a modal, that the parse hung under the participle, under the agent's
   * phrase, over the participle as its clausal subject, or beside it under one governor; -1 when there is none.
   */
  private static int laterVerb(List<Token> tokens, List<Dep> deps, int participle, int agent) {
    for (Dep d : deps) {
      int c = -1;
      if (d.head() == participle && d.dep() > agent && !d.rel().startsWith("obl") && !d.rel().equals("punct")) {
        c = d.dep();
      } else if (d.dep() == participle && d.rel().equals("csubj") && d.head() > agent) {
        c = d.head();
      } else if (d.dep() > agent && d.head() >= 0 && !d.rel().equals("acl:relcl") && sameGovernor(deps, d, participle)) {
        c = d.dep(); // "A mission led by X will visit Kenya, sources said": both hung under "said"
      } else if (d.head() >= agent && d.head() < d.dep() && d.dep() > agent && d.rel().startsWith("acl")
          && !d.rel().equals("acl:relcl") && under(deps, d.head(), agent)) {
        c = d.dep();
      }
      if (c >= 0 && tokens.get(c).verb() && (FINITE.contains(tokens.get(c).pos()) || modal(tokens, deps, c))) {
        return c;
      }
    }
    return -1;
  }

  private static boolean modal(List<Token> tokens, List<Dep> deps, int verb) {
    return deps.stream().anyMatch(d -> d.head() == verb && d.rel().equals("aux") && tokens.get(d.dep()).pos().equals("MD"));
  }

  private static boolean sameGovernor(List<Dep> deps, Dep d, int participle) {
    return deps.stream().anyMatch(g -> g.dep() == participle && g.head() == d.head() && g.head() >= 0);
  }

  /** Whether {@code t} is {@code top} or lies under it. */
  private static boolean under(List<Dep> deps, int t, int top) {
    for (int cur = t, steps = 0; cur >= 0 && steps < 20; steps++) {
      if (cur == top) {
        return true;
      }
      int at = cur;
      cur = deps.stream().filter(d -> d.dep() == at).mapToInt(Dep::head).findFirst().orElse(-1);
    }
    return false;
  }
}
