package org.dyad.extract;

import java.util.Locale;
import java.util.Set;

/** Headlines for display: a wire headline in capitals ("U.S. OFFICIAL TO VISIT JAPAN") is shown in title case. */
final class Headlines {
  // short words a title-case headline writes in lower case, unless they open it
  private static final Set<String> MINOR = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
      "into", "nor", "of", "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with");

  // two-letter words that are words, not codes such as "EC", "UN" or "US"
  private static final Set<String> WORDS = Set.of("am", "be", "do", "go", "he", "if", "is", "it", "me", "my", "no",
      "so", "we");

  private Headlines() {}

  /** The headline in title case when it is written in capitals; otherwise (and null) as it is. */
  static String display(String title) {
    if (title == null || !inCapitals(title)) {
      return title;
    }
    String[] words = title.split(" ", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      b.append(i == 0 ? "" : " ").append(word(words[i], i == 0));
    }
    return b.toString();
  }

  private static boolean inCapitals(String s) {
    long letters = s.chars().filter(Character::isLetter).count();
    return letters >= 4 && s.chars().noneMatch(Character::isLowerCase);
  }

  /** "U.S." and "1987/88" as written, two-letter codes ("EC", "UN") kept, other words capitalised. */
  private static String word(String w, boolean first) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (w.contains(".") || w.chars().anyMatch(Character::isDigit) || (w.length() == 2 && !MINOR.contains(lower) && !WORDS.contains(lower))) {
      return w;
    }
    if (!first && MINOR.contains(lower)) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower);
    for (int i = 0; i < b.length(); i++) {
      boolean start = i == 0 || "-/'(\"".indexOf(b.charAt(i - 1)) >= 0 && b.charAt(i - 1) != '\'';
      if (start && Character.isLetter(b.charAt(i))) {
        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
      }
    }
    return b.toString();
  }
}
