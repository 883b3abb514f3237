package org.dyad.text;

import java.util.Comparator;
import java.util.List;

/**
 * The Porter stemmer, written from the rules of M. F. Porter, "An algorithm for suffix stripping",
 * Program 14(3), 1980 (steps 1a to 5b, lower-case ASCII words).
 *
 * <p>Notation as in the paper: a word is [C](VC)^m[V]; {@code m} is the measure of the stem left once a suffix
 * is removed; *v* means the stem contains a vowel, *d a double consonant, *o consonant-vowel-consonant with the
 * last consonant not w, x or y. Within steps 2 to 4 only the longest matching suffix is considered.
 */
public final class PorterStemmer {
  private static final List<String[]> STEP2 = byLength(new String[][] {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
      {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
      {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
      {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}});
  private static final List<String[]> STEP3 = byLength(new String[][] {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
      {"ness", ""}});
  private static final List<String[]> STEP4 = byLength(new String[][] {
      {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
      {"ant", ""}, {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ion", ""}, {"ou", ""}, {"ism", ""},
      {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""}});

  /** The stem of a lower-case word; words of one or two letters are returned unchanged. */
  public String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    String w = step1b(step1a(word));
    w = step1c(w);
    w = replaceLongest(w, STEP2, 0);
    w = replaceLongest(w, STEP3, 0);
    w = step4(w);
    return step5(w);
  }

  private static String step1a(String w) {
    if (w.endsWith("sses") || w.endsWith("ies")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ss") || !w.endsWith("s")) {
      return w;
    }
    return w.substring(0, w.length() - 1);
  }

  private static String step1b(String w) {
    if (w.endsWith("eed")) {
      return measure(w.substring(0, w.length() - 3)) > 0 ? w.substring(0, w.length() - 1) : w;
    }
    for (String suffix : new String[] {"ed", "ing"}) {
      String stem = w.substring(0, Math.max(0, w.length() - suffix.length()));
      if (w.endsWith(suffix) && hasVowel(stem)) {
        return tidy1b(stem);
      }
    }
    return w;
  }

  // after removing -ed or -ing: restore an e, or undouble a final consonant
  private static String tidy1b(String s) {
    if (s.endsWith("at") || s.endsWith("bl") || s.endsWith("iz")) {
      return s + "e";
    }
    if (doubleConsonant(s) && !s.endsWith("l") && !s.endsWith("s") && !s.endsWith("z")) {
      return s.substring(0, s.length() - 1);
    }
    return measure(s) == 1 && cvc(s) ? s + "e" : s;
  }

  private static String step1c(String w) {
    String stem = w.substring(0, w.length() - 1);
    return w.endsWith("y") && hasVowel(stem) ? stem + "i" : w;
  }

  private static String step4(String w) {
    for (String[] rule : STEP4) {
      if (w.endsWith(rule[0])) {
        String stem = w.substring(0, w.length() - rule[0].length());
        boolean ion = rule[0].equals("ion") && !(stem.endsWith("s") || stem.endsWith("t"));
        return measure(stem) > 1 && !ion ? stem : w;
      }
    }
    return w;
  }

  private static String step5(String w) {
    if (w.endsWith("e")) {
      String stem = w.substring(0, w.length() - 1);
      int m = measure(stem);
      if (m > 1 || (m == 1 && !cvc(stem))) {
        w = stem;
      }
    }
    boolean dropL = w.endsWith("ll") && measure(w) > 1;
    return dropL ? w.substring(0, w.length() - 1) : w;
  }

  private static String replaceLongest(String w, List<String[]> rules, int minMeasure) {
    for (String[] rule : rules) {
      if (w.endsWith(rule[0])) {
        String stem = w.substring(0, w.length() - rule[0].length());
        return measure(stem) > minMeasure ? stem + rule[1] : w;
      }
    }
    return w;
  }

  /** The number of vowel-consonant sequences in {@code s}. */
  static int measure(String s) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < s.length(); i++) {
      boolean vowel = !consonant(s, i);
      if (!vowel && previousVowel) {
        m++;
      }
      previousVowel = vowel;
    }
    return m;
  }

  private static boolean consonant(String s, int i) {
    char c = s.charAt(i);
    if ("aeiou".indexOf(c) >= 0) {
      return false;
    }
    // y is a vowel after a consonant ("happy"), a consonant at the start or after a vowel ("toy")
    return c != 'y' || i == 0 || !consonant(s, i - 1);
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!consonant(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean doubleConsonant(String s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) && consonant(s, n - 1);
  }

  private static boolean cvc(String s) {
    int n = s.length();
    if (n < 3 || !consonant(s, n - 1) || consonant(s, n - 2) || !consonant(s, n - 3)) {
      return false;
    }
    char last = s.charAt(n - 1);
    return last != 'w' && last != 'x' && last != 'y';
  }

  private static List<String[]> byLength(String[][] rules) {
    return List.of(rules).stream().sorted(Comparator.comparingInt((String[] r) -> -r[0].length())).toList();
  }
}
