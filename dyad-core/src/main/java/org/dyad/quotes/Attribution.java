package org.dyad.quotes;

import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.nlp.Dep;
import org.dyad.nlp.Token;

/**
 * Who a passage of quoted words is attributed to, read from the words around it in its sentence: "…," X said /
 * "…," said X / X said: "…" / X said in a statement that "…" / according to X.
 *
 * @param sentence the sentence holding the speech verb
 * @param verb token index of the speech verb, or -1 when the speaker is implied
 * @param from first token of the speaker's words
 * @param to token after the speaker's words
 * @param adjacent true when the verb stands right next to the quote (a short quote counts only then)
 */
record Attribution(ActorSentence sentence, int verb, int from, int to, boolean adjacent) {
  // how far after a closing mark the verb of "…," the Russian foreign ministry said may stand
  private static final int AFTER_REACH = 9;
  // how many tokens may stand between the verb and an opening mark for the quote to count as adjacent
  private static final int BEFORE_GAP = 3;
  private static final Set<String> GAP_WORDS = Set.of(":", ",", "that", "--", "-");

  /** The verb as written: "said", "according to". */
  String verbText() {
    List<Token> t = sentence.sentence().tokens();
    return QuoteCues.lemma(t.get(verb)).equals("according") ? "according to" : t.get(verb).word();
  }

  /** The attribution in tokens [from, to) after a closing mark: "…," X said / "…," said X. */
  static Attribution after(QuoteCues rules, ActorSentence s, int from, int to) {
    List<Token> t = s.sentence().tokens();
    for (int k = from; k < Math.min(to, from + AFTER_REACH); k++) {
      Token tok = t.get(k);
      if (rules.speech(tok)) {
        // "…", saying X: a participle starts new speech rather than attributing the words before it
        return Reported.participle(t, k) ? null : speakerOf(s, k, from, to, true);
      }
      if (tok.verb() && !Phrases.auxiliary(tok)) {
        return null; // "…" is what X wants: another verb comes first
      }
    }
    return null;
  }

  /** The attribution in tokens [from, to) before an opening mark: X said: "…" / X said in a statement that "…". */
  static Attribution before(QuoteCues rules, ActorSentence s, int from, int to) {
    List<Token> t = s.sentence().tokens();
    for (int k = to - 1; k >= from; k--) {
      if (rules.speech(t.get(k))) {
        return speakerOf(s, k, from, to, adjacentBefore(t, k, to));
      }
    }
    return null;
  }

  /**
   * Said: "…", said that "…", told reporters: "…" — but not say the "reset": a short quote after a determiner or
   * an object is a phrase the writer marked, not speech.
   */
  private static boolean adjacentBefore(List<Token> t, int verb, int mark) {
    if (mark - verb - 1 > BEFORE_GAP) {
      return false;
    }
    if (mark - 1 > verb && t.get(mark - 1).word().equals(":")) {
      return true;
    }
    for (int i = verb + 1; i < mark; i++) {
      if (!GAP_WORDS.contains(t.get(i).word().toLowerCase())) {
        return false;
      }
    }
    return true;
  }

  /** The speaker of speech verb {@code k}: "according to X", the parsed subject, the phrase left, or right of it. */
  static Attribution speakerOf(ActorSentence s, int k, int floor, int ceiling, boolean adjacent) {
    List<Token> t = s.sentence().tokens();
    if (QuoteCues.lemma(t.get(k)).equals("according")) {
      int[] r = k + 2 <= ceiling ? Phrases.right(t, k + 2, ceiling) : null;
      return r == null ? null : new Attribution(s, k, r[0], r[1], adjacent);
    }
    if (Reported.participle(t, k)) {
      return new Attribution(s, k, -1, -1, adjacent); // ", saying "…"": the sentence's earlier speaker said it
    }
    int[] r = Phrases.left(t, k, floor);
    if (r == null) {
      r = parsedSubject(s, k, floor); // "Kerry, who …, and said": where the events stage parsed the sentence anyway
    }
    if (r == null) {
      r = Phrases.right(t, k + 1, ceiling); // "…," said Wan Chengcai, an expert
    }
    return r == null ? null : new Attribution(s, k, r[0], r[1], adjacent);
  }

  /** The subject of {@code verb} at or after {@code floor} where the events stage parsed the sentence; else null. */
  private static int[] parsedSubject(ActorSentence s, int verb, int floor) {
    if (!s.sentence().parsed()) {
      return null;
    }
    for (Dep d : s.sentence().children(verb)) {
      if (d.rel().equals("nsubj")) {
        List<Token> t = s.sentence().tokens();
        int[] np = Phrases.left(t, d.dep() + 1, 0);
        // a subject inside the quote ("A provocation," said X, as the parser may read it) is none
        return np != null && np[1] == d.dep() + 1 && np[0] >= floor ? np : null;
      }
    }
    return null;
  }
}
