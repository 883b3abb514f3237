package org.dyad.extract.html;

import java.util.regex.Pattern;

/** Whitespace and length helpers shared by the extraction stages. */
final class Texts {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");

  private Texts() {}

  /** Collapses every run of whitespace (including no-break and zero-width spaces) to one space. */
  static String normalise(String text) {
    return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Length in Latin-letter equivalents: an ideograph or kana carries about three letters' worth of text. */
  static int weight(String text) {
    int weight = 0;
    for (int i = 0; i < text.length(); i++) {
      weight += isWide(text.charAt(i)) ? 3 : 1;
    }
    return weight;
  }

  /** Number of words, counting CJK characters in groups of two. */
  static int words(String text) {
    int words = 0;
    int wide = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWide(c)) {
        wide++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        words += inWord ? 0 : 1;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return words + (wide + 1) / 2;
  }

  static boolean isWide(char c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
        || (c >= 0xf900 && c <= 0xfaff);
  }
}
