package org.dyad.quotes;

import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.nlp.Token;

/**
 * Reported speech without quote marks: "X said (that) CLAUSE", "CLAUSE, X said." and "CLAUSE, said X." The
 * clause is the quote; it must hold a verb and a few words, so "X said nothing" or "added troops" is no quote.
 */
final class Reported {
  private static final int MIN_CLAUSE = 4;
  // how far after the verb "that" may come: "told reporters in Brussels on Thursday that"
  private static final int THAT_REACH = 9;
  private static final Set<String> CLAUSE_STARTERS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "EX",
      "CD", "JJ", "JJS", "PDT");
  private final QuoteCues rules;

  /**
   * A reported quote: the clause in tokens [from, to) and who said it.
   *
   * @param clauseFrom first token of the clause
   * @param clauseTo token after the clause
   * @param attribution the verb and its speaker
   */
  record Found(int clauseFrom, int clauseTo, Attribution attribution) {}

  Reported(QuoteCues rules) {
    this.rules = rules;
  }

  /** The reported quote of speech verb {@code k}, or null; {@code quoted} tells which tokens lie inside quote marks. */
  Found at(ActorSentence s, int k, boolean[] quoted) {
    List<Token> t = s.sentence().tokens();
    Token verb = t.get(k);
    if (rules.clause(verb) == QuoteCues.Clause.NONE || !activeVerb(t, k)) {
      return null;
    }
    Found back = backward(s, k, quoted);
    return back != null ? back : forward(s, k, quoted);
  }

  /** "CLAUSE, X said [in a statement]." or "CLAUSE, said X." */
  private Found backward(ActorSentence s, int k, boolean[] quoted) {
    List<Token> t = s.sentence().tokens();
    int[] left = Phrases.left(t, k, 0);
    boolean inverted = k > 0 && t.get(k - 1).word().equals(",");
    int[] speaker = inverted ? Phrases.right(t, k + 1, t.size()) : left;
    int comma = inverted ? k - 1 : left == null ? -1 : left[0] - 1;
    if (speaker == null || comma < 0 || !t.get(comma).word().equals(",") || !tailOnly(t, inverted ? speaker[1] : k + 1)
        || !plain(t, 0, comma, quoted)) {
      return null;
    }
    return clause(s, 0, comma, quoted, new Attribution(s, k, speaker[0], speaker[1], true));
  }

  /**
   * A clause before ", X said" holds no quote marks and no reported speech of its own (those are attributed
   * apart); "could respond within days" is no speech, "said the talks failed" is.
   */
  private boolean plain(List<Token> t, int from, int to, boolean[] quoted) {
    for (int i = from; i < to; i++) {
      boolean speech = rules.speech(t.get(i)) && (rules.clause(t.get(i)) == QuoteCues.Clause.BARE || thatAfter(t, i) >= 0);
      if (quoted[i] || quoteMark(t.get(i)) || speech) {
        return false;
      }
    }
    return true;
  }

  /** "X said (that) CLAUSE", "X told reporters on Saturday that CLAUSE", "…, adding that CLAUSE". */
  private Found forward(ActorSentence s, int k, boolean[] quoted) {
    List<Token> t = s.sentence().tokens();
    int start = thatAfter(t, k);
    if (start < 0 && rules.clause(t.get(k)) == QuoteCues.Clause.BARE && k + 1 < t.size()
        && CLAUSE_STARTERS.contains(t.get(k + 1).pos())) {
      start = k + 1;
    }
    if (start < 0) {
      return null;
    }
    Attribution a = participle(t, k) || coordinated(t, k) ? new Attribution(s, k, -1, -1, true)
        : Attribution.speakerOf(s, k, 0, k, true);
    return a == null ? null : clause(s, start, clauseEnd(t, start), quoted, a);
  }

  private Found clause(ActorSentence s, int from, int to, boolean[] quoted, Attribution a) {
    List<Token> t = s.sentence().tokens();
    while (to > from && punctuation(t.get(to - 1))) {
      to--;
    }
    if (to - from > 2 && (t.get(from).pos().startsWith("RB") || t.get(from).pos().equals("CC"))
        && t.get(from + 1).word().equals(",")) {
      from += 2; // "However, the talks failed": the connective is the reporter's, not the speaker's
    }
    boolean hasVerb = false;
    for (int i = from; i < to; i++) {
      hasVerb |= t.get(i).verb();
    }
    boolean startsQuoted = from < to && (quoted[from] || quoteMark(t.get(from)));
    return to - from >= MIN_CLAUSE && hasVerb && !startsQuoted ? new Found(from, to, a) : null;
  }

  /** The token after "that" when it follows the verb with no other verb between, else -1. */
  private static int thatAfter(List<Token> t, int k) {
    for (int i = k + 1; i < Math.min(t.size(), k + THAT_REACH); i++) {
      Token tok = t.get(i);
      if (tok.word().equalsIgnoreCase("that")) {
        return i + 1;
      }
      if (tok.verb() || tok.word().equals(",") || tok.word().equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The clause ends before ", X said", ", according to" or ", adding" (where a later attribution starts), and
   * before a colon (which opens a quote of its own: "X said the war would be short: "a month"").
   */
  private int clauseEnd(List<Token> t, int start) {
    for (int i = start; i < t.size(); i++) {
      if (t.get(i).word().equals(":")) {
        return i;
      }
      if (t.get(i).word().equals(",") || t.get(i).word().equals(";")) {
        for (int j = i + 1; j < Math.min(t.size(), i + 8); j++) {
          if (rules.speech(t.get(j))) {
            return i;
          }
        }
      }
    }
    return t.size();
  }

  /** Only place and time words follow the attribution: "…, the ministry said on its website." */
  private static boolean tailOnly(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.word().equals(",") || tok.word().equals(".") || tok.word().equals(";")) {
        return true;
      }
      if (tok.verb()) {
        return false;
      }
    }
    return true;
  }

  /** Said, says, say, saying, has said; not the passive "was said to". */
  private static boolean activeVerb(List<Token> t, int k) {
    if (!t.get(k).pos().equals("VBN")) {
      return true;
    }
    for (int i = k - 1; i >= 0 && i >= k - 3; i--) {
      String lemma = t.get(i).lemma().toLowerCase();
      if (lemma.equals("have")) {
        return true;
      }
      if (lemma.equals("be")) {
        return false;
      }
    }
    return true; // the tagger reads some inverted "…, said X" as participles
  }

  /** "He mentioned X and said …": a second verb of the sentence's subject. */
  private static boolean coordinated(List<Token> t, int k) {
    return k > 0 && t.get(k - 1).pos().equals("CC");
  }

  /** ", saying …", ", adding that …": a participle whose speaker is the sentence's earlier one. */
  static boolean participle(List<Token> t, int k) {
    return t.get(k).pos().equals("VBG") && k > 0 && t.get(k - 1).word().equals(",")
        && !QuoteCues.lemma(t.get(k)).equals("according");
  }

  private static boolean punctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0)) && !quoteMark(t);
  }

  static boolean quoteMark(Token t) {
    String w = t.word();
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("`") || w.equals("'")
        || "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb".contains(w);
  }
}
