package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends a casing fault of old wire archives before tagging: a word after an abbreviation's closing period is
 * capitalised as if a sentence began there ("senior U.S. Officials said", "the U.S. Said Iranians"), and the
 * tagger then reads a common word as a proper noun. Such a word is lower-cased (its original text is kept) when
 * the same document writes it in lower case elsewhere, and, before another capitalised word, never capitalises it
 * inside a sentence elsewhere, so names stay whole ("the U.S. Trade Representative" where the text also writes
 * "Trade Representative Clayton Yeutter", "U.S. Congress" where it never writes "congress"). An inflected word
 * counts as written in lower case when another form of it is ("the U.S. Criticised Japan" where the text writes
 * "criticism"): its stem without -ed, -es, -s or -ing, of five letters or more, begins a lower-case word.
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
    Set<String> capitalised = null;
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!INITIALISM.matcher(tokens.get(i - 1).word()).matches() || !capitalisedWord(w)) {
        continue;
      }
      if (lower == null) {
        lower = lowerCaseWords(tokens);
        capitalised = capitalisedInside(tokens);
      }
      String l = w.toLowerCase(Locale.ROOT);
      // before another capitalised word ("the U.S. Said Iranians", "U.S. Trade Representative") only a word the
      // document never capitalises elsewhere inside a sentence is the fault's
      boolean name = nextCapitalised(tokens, i) && capitalised.contains(w);
      if ((lower.contains(l) || otherForm(l, lower)) && !name) {
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

  /** Suffixes of English inflection, longest first. */
  private static final List<String> INFLECTIONS = List.of("ing", "ed", "es", "s", "d");

  /** A lower-case word of the document that begins with {@code word}'s stem ("criticis" of "criticised"). */
  private static boolean otherForm(String word, Set<String> lower) {
    for (String suffix : INFLECTIONS) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 5) {
        String stem = word.substring(0, word.length() - suffix.length());
        return lower.stream().anyMatch(w -> w.startsWith(stem));
      }
    }
    return false;
  }

  private static boolean nextCapitalised(List<CoreLabel> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word();
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0));
  }

  /**
   * Capitalised words the document writes inside a sentence other than right after an initialism ("Trade
   * Representative Clayton Yeutter"): the words it capitalises as names.
   */
  private static Set<String> capitalisedInside(List<CoreLabel> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      String before = tokens.get(i - 1).word();
      boolean start = before.equals(".") || before.equals("``") || before.equals("\"") || before.equals(":")
          || before.equals("-LRB-") || before.equals("(");
      if (!start && !INITIALISM.matcher(before).matches() && capitalisedWord(tokens.get(i).word())) {
        out.add(tokens.get(i).word());
      }
    }
    return out;
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
