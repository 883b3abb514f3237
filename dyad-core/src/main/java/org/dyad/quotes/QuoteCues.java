package org.dyad.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Token;
import org.dyad.util.Tsv;

/** The speech verbs of {@code speech-verbs.tsv} and the naming cues of {@code naming-cues.tsv}. */
final class QuoteCues {
  /** How a speech verb takes reported speech; see the header of {@code speech-verbs.tsv}. */
  enum Clause { BARE, THAT, NONE }

  private static final String DIR = "/org/dyad/quotes/";
  private final Map<String, Clause> verbs = new HashMap<>();
  private final Set<String> namingCues = new HashSet<>();
  private int longestCue = 1;

  QuoteCues() {
    for (String[] r : Tsv.read(DIR + "speech-verbs.tsv", 2)) {
      verbs.put(r[0].trim(), Clause.valueOf(r[1].trim().toUpperCase()));
    }
    for (String[] r : Tsv.read(DIR + "naming-cues.tsv", 1)) {
      String cue = r[0].trim();
      namingCues.add(cue);
      longestCue = Math.max(longestCue, cue.split(" ").length);
    }
  }

  /** True when {@code t} is a speech verb ("said", "tells") or the "according" of "according to". */
  boolean speech(Token t) {
    String lemma = lemma(t);
    return verbs.containsKey(lemma) && (t.pos().startsWith("VB") || lemma.equals("according"));
  }

  /** How the speech verb {@code t} takes reported speech. */
  Clause clause(Token t) {
    return verbs.getOrDefault(lemma(t), Clause.NONE);
  }

  /** The lemma, except that "according" stays itself (CoreNLP lemmatises it to "accord"). */
  static String lemma(Token t) {
    return t.word().equalsIgnoreCase("according") ? "according" : t.lemma().toLowerCase();
  }

  /** True when the words ending just before token {@code end} of {@code tokens} announce a name ("dubbed"). */
  boolean naming(List<Token> tokens, int end) {
    StringBuilder words = new StringBuilder();
    for (int n = 1; n <= longestCue && end - n >= 0; n++) {
      words.insert(0, tokens.get(end - n).word().toLowerCase() + (n > 1 ? " " : ""));
      if (namingCues.contains(words.toString())) {
        return true;
      }
    }
    return false;
  }
}
