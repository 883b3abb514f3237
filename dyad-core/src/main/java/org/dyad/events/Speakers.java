package org.dyad.events;

import java.util.List;
import java.util.Optional;
import org.dyad.actors.Mention;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Finds who said something: the subject of the speech verb above a word, or of any speech verb of the sentence. */
final class Speakers {
  private final Lexicon lexicon;

  Speakers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The speech verb above {@code t} whose subject is an actor, or -1. */
  int speechVerbAbove(Tree tree, int t) {
    int cur = t;
    for (int step = 0; step < 8 && cur >= 0; step++) {
      if (lexicon.speech(tree.lemma(cur)) && speaker(tree, cur) != null) {
        return cur;
      }
      Optional<Dep> g = tree.sentence().governor(cur);
      cur = g.map(Dep::head).orElse(-1);
    }
    return -1;
  }

  /** The actor subject of speech verb {@code v}, or null. */
  Mention speaker(Tree tree, int v) {
    List<Mention> subj = tree.childActors(v, java.util.Set.of("nsubj"));
    if (!subj.isEmpty()) {
      return subj.get(0);
    }
    // "Khamenei denied that … and said the U.S. attack lacked military value": a second verb shares the first's subject
    // (or, misparsed, its clausal complement joined by "and")
    Optional<Dep> conj = tree.sentence().governor(v).filter(g -> g.head() >= 0 && (g.rel().equals("conj")
        || g.rel().equals("ccomp") && tree.sentence().children(v).stream().anyMatch(d -> d.rel().equals("cc"))));
    if (conj.isPresent() && tree.sentence().tokens().get(conj.get().head()).pos().startsWith("VB")) {
      subj = tree.childActors(conj.get().head(), java.util.Set.of("nsubj"));
      return subj.isEmpty() ? null : subj.get(0);
    }
    // '"...," said the Russian Foreign Ministry': the parse may miss the subject after the verb, which follows the
    // quotation ("said the U.S. attack lacked value" names what was said, not who said it)
    String before = v > 0 ? tree.sentence().tokens().get(v - 1).word() : "";
    if (!before.equals(",") && !before.equals("''") && !before.equals("\"") && !before.equals("\u201d")) {
      return null;
    }
    int next = v + 1;
    if (next < tree.sentence().tokens().size() && tree.sentence().tokens().get(next).word().equalsIgnoreCase("the")) {
      next++;
    }
    Mention m = next < tree.sentence().tokens().size() ? tree.actorAt(next) : null;
    return m != null && m.start() == next ? m : null;
  }

  /** The first speech verb of the sentence with an actor subject, or -1. */
  int anySpeechVerb(Tree tree) {
    for (Token t : tree.sentence().tokens()) {
      if (lexicon.speech(t.lemma().toLowerCase()) && speaker(tree, t.index()) != null) {
        return t.index();
      }
    }
    return -1;
  }

  /** The speaker of any speech verb of the sentence, or null. */
  Mention anySpeaker(Tree tree) {
    for (Token t : tree.sentence().tokens()) {
      if (lexicon.speech(t.lemma().toLowerCase()) && speaker(tree, t.index()) != null) {
        return speaker(tree, t.index());
      }
    }
    return null;
  }

  /** Whether a quotation is still open after this sentence, given whether one was open before it. */
  static boolean quoteOpen(Sentence s, boolean openBefore) {
    long marks = s.text().chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
    return openBefore ^ (marks % 2 == 1);
  }
}
