package org.dyad.events;

import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Dates written as a noun's modifier: "the 1974 Jackson-Vanik amendment", "a 2000 agreement", "the March 2011
 * uprising". Such a date says when the thing the noun names happened, not when the sentence's verb did
 * ("Congress repealed the 1974 amendment on Friday" happened on Friday).
 */
final class NounModifiers {
  private NounModifiers() {}

  /**
   * The token of the noun that {@code date} modifies (the last noun of the phrase it opens), or -1 when the
   * date is not a prenominal modifier: it must follow a determiner or possessive and precede nouns or adjectives.
   */
  static int headOf(Sentence s, EventDate date) {
    if (date.start() < 0 || date.text() == null) {
      return -1;
    }
    int first = tokenAt(s, date.start());
    int last = tokenAt(s, date.start() + date.text().length() - 1);
    if (first <= 0 || last < 0 || !determiner(s.tokens().get(first - 1))) {
      return -1;
    }
    int head = -1;
    for (int i = last + 1; i < s.tokens().size() && modifierOrNoun(s.tokens().get(i)); i++) {
      if (s.tokens().get(i).noun()) {
        head = i;
      }
    }
    return head;
  }

  private static boolean determiner(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS");
  }

  private static boolean modifierOrNoun(Token t) {
    return t.noun() || t.pos().startsWith("JJ") || t.pos().equals("HYPH") || t.word().equals("-");
  }

  /** The token covering character {@code offset} of the sentence text, or -1. */
  private static int tokenAt(Sentence s, int offset) {
    int abs = s.begin() + offset;
    for (Token t : s.tokens()) {
      if (abs >= t.begin() && abs < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
