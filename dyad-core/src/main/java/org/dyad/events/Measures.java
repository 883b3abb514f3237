package org.dyad.events;

import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.Resolution;
import org.dyad.actors.Via;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;

/** Finds the named measure an enacting word acts on ("the Magnitsky bill, which was approved ..."). */
final class Measures {
  private static final Set<String> RELS = Set.of("obj", "nsubj:pass", "nmod:of");
  private static final Set<String> GENERIC = Set.of("bill", "law", "act", "measure", "legislation", "amendment");
  private final Lexicon lexicon;

  /** The measure found and a mention standing for its target. */
  record Found(Lexicon.Measure measure, Mention target) {}

  Measures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Found find(Tree tree, int trigger, ArticleState state) {
    Sentence s = tree.sentence();
    for (Dep d : s.children(trigger)) {
      if (!RELS.contains(d.rel())) {
        continue;
      }
      Lexicon.Measure m = named(s, d.dep());
      if (m == null && GENERIC.contains(tree.lemma(d.dep()))) {
        m = state.lastMeasure();
      }
      if (m != null) {
        state.measure(m);
        int n = d.dep();
        return new Found(m, new Mention(n, n + 1, n, s.tokens().get(n).word(), m.phrase(), m.target(), null,
            false, false, Resolution.of(Via.MEASURE_TARGET, m.phrase()), "target of named measure '" + m.phrase() + "'"));
      }
    }
    return null;
  }

  /** Remembers measures named anywhere in a sentence, for a later "the bill". */
  void remember(Sentence s, ArticleState state) {
    for (int i = 0; i < s.tokens().size(); i++) {
      Lexicon.Measure m = named(s, i);
      if (m != null) {
        state.measure(m);
      }
    }
  }

  private Lexicon.Measure named(Sentence s, int head) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, head - 5); i <= head; i++) {
      b.append(' ').append(s.tokens().get(i).word().toLowerCase());
    }
    String words = b.toString().replace(" 's", "'s");
    for (Lexicon.Measure m : lexicon.measures()) {
      if (words.endsWith(" " + m.phrase())) {
        return m;
      }
    }
    return null;
  }
}
