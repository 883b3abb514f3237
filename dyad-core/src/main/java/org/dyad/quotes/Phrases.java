package org.dyad.quotes;

import java.util.List;
import java.util.Set;
import org.dyad.nlp.Token;

/** The noun phrase next to a speech verb, read from part-of-speech tags alone (no parse needed). */
final class Phrases {
  // words between a subject and its speech verb: "Lavrov also told", "the ministry has said", "Kerry reportedly said"
  private static final Set<String> BETWEEN = Set.of("have", "be", "do", "also", "reportedly", "again", "later",
      "earlier", "then", "once", "further", "however", "still");
  // "I" and "we" outside quote marks are the writer's voice (columns, readers' comments), not a source to quote
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

  // the words of a dateline's date ("October 13 -", "Sept. 27 --", "Monday -") that may open a phrase before a dash
  private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
      "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> DASHES = Set.of("-", "--", "–", "—", ":");

  private Phrases() {}

  /**
   * The first token of the speaker after a dateline-like date that opens the phrase: "October 13 - NTC forces said"
   * is said by NTC forces; {@code from} when the phrase has no such prefix.
   */
  static int afterDatePrefix(List<Token> t, int from, int to) {
    boolean date = false;
    for (int i = from; i < to - 1; i++) {
      String w = t.get(i).word().toLowerCase();
      if (DASHES.contains(w)) {
        return date ? i + 1 : from;
      }
      if (DATE_WORDS.contains(w)) {
        date = true;
      } else if (!t.get(i).pos().equals("CD") && !w.equals(",")) {
        return from;
      }
    }
    return from;
  }

  /** Token range [from, to) of the phrase that ends before {@code verb}, no further left than {@code floor}; or null. */
  static int[] left(List<Token> t, int verb, int floor) {
    int h = verb - 1;
    while (h >= floor && (BETWEEN.contains(t.get(h).lemma().toLowerCase()) || t.get(h).pos().startsWith("RB")
        || t.get(h).pos().equals("MD"))) {
      h--;
    }
    if (h >= floor && t.get(h).word().equals(",")) {
      h = beforeApposition(t, h, floor); // "Polikanov, deputy director of the centre, said"
    }
    if (h < floor) {
      return null;
    }
    if (pronoun(t.get(h))) {
      return new int[] {h, h + 1};
    }
    if (!t.get(h).noun()) {
      return null;
    }
    int from = h;
    while (from - 1 >= floor && inPhrase(t, from - 1)) {
      from--;
    }
    return new int[] {from, h + 1};
  }

  /** Token range [from, to) of the phrase that starts at {@code start}, before {@code ceiling}; or null. */
  static int[] right(List<Token> t, int start, int ceiling) {
    if (start < ceiling && pronoun(t.get(start))) {
      return new int[] {start, start + 1};
    }
    int end = start;
    int lastNoun = -1;
    while (end < ceiling && inPhrase(t, end)) {
      if (t.get(end).noun()) {
        lastNoun = end;
      }
      end++;
    }
    return lastNoun < 0 ? null : new int[] {start, lastNoun + 1};
  }

  /** True for the auxiliaries and modals that may stand between a subject and its verb ("has said", "would tell"). */
  static boolean auxiliary(Token t) {
    String lemma = t.lemma().toLowerCase();
    return t.pos().equals("MD") || lemma.equals("have") || lemma.equals("be") || lemma.equals("do");
  }

  /** True for "he", "she", "they", "it". */
  static boolean pronoun(Token t) {
    return t.pos().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase());
  }

  private static int beforeApposition(List<Token> t, int comma, int floor) {
    for (int i = comma - 1; i > floor; i--) {
      if (t.get(i).word().equals(",")) {
        return t.get(i - 1).noun() ? i - 1 : -1;
      }
    }
    return -1;
  }

  private static boolean inPhrase(List<Token> t, int i) {
    String pos = t.get(i).pos();
    if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$")
        || pos.equals("POS") || pos.equals("HYPH")) {
      return !t.get(i).word().equalsIgnoreCase("that");
    }
    // "chairman of the committee", "Ministry of Foreign Affairs": "of" between two nouns
    return t.get(i).word().equals("of") && i > 0 && i + 1 < t.size() && t.get(i - 1).noun()
        && (t.get(i + 1).noun() || t.get(i + 1).pos().equals("DT") || t.get(i + 1).pos().startsWith("JJ"));
  }
}
