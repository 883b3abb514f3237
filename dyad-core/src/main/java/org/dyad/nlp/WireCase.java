package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends a casing fault of old wire archives before tagging: a word after an abbreviation's closing period is
 * capitalised as if a sentence began there ("senior U.S. Officials said", "the U.S. Criticised Japan"), and the
 * tagger then reads a common word as a proper noun. Such a word is lower-cased (its original text is kept) when
 * the same document writes it in lower case elsewhere and the next word is not capitalised too, so names stay
 * whole ("the U.S. Trade Representative", "U.S. Congress" where the text never writes "congress").
 */
final class WireCase {
  /** An initialism with periods: "U.S.", "U.K.", "U.N.". */
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");

  private WireCase() {}

  /** Lower-cases, in place, the words of {@code tokens} (one document) that the fault capitalised. */
  static void mend(List<CoreLabel> tokens) {
    if (tokens == null || tokens.size() < 2) {
      return;
    }
    Set<String> lower = null;
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!INITIALISM.matcher(tokens.get(i - 1).word()).matches() || !capitalisedWord(w) || nextCapitalised(tokens, i)) {
        continue;
      }
      if (lower == null) {
        lower = lowerCaseWords(tokens);
      }
      String l = w.toLowerCase(Locale.ROOT);
      if (lower.contains(l)) {
        tokens.get(i).setWord(l);
        tokens.get(i).setValue(l);
      }
    }
  }

  /** "Officials", not "I", "OPEC" or "McDonnell". */
  private static boolean capitalisedWord(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nextCapitalised(List<CoreLabel> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word();
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0));
  }

  private static Set<String> lowerCaseWords(List<CoreLabel> tokens) {
    Set<String> out = new HashSet<>();
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }
}
