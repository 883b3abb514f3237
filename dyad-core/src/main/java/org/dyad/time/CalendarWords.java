package org.dyad.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The calendar words of lexicon.tsv by category, as regex alternations and as values. */
final class CalendarWords {
  // compound cardinals ("twenty-four") are built from the tens and the units
  private static final String COMPOUND =
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)";
  // three digits at most: "1988 second quarter" is a year, not 1988 seconds
  private static final String DIGITS = "\\d{1,3}(?:\\.\\d+)?";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, Map<String, String>> words = new HashMap<>();

  private CalendarWords() {}

  /** Loads lexicon.tsv. */
  static CalendarWords load() {
    CalendarWords lexicon = new CalendarWords();
    for (String[] row : RuleFiles.rows("lexicon.tsv", 3)) {
      lexicon.words.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], row[2]);
    }
    return lexicon;
  }

  /** Whether {@code category} exists. */
  boolean has(String category) {
    return words.containsKey(category);
  }

  /** A capturing group named after {@code category} that matches any of its words. */
  String macro(String category) {
    String alternation = words.get(category).keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(CalendarWords::wordPattern)
        .collect(Collectors.joining("|"));
    if (category.equals("number")) {
      alternation = DIGITS + "|" + COMPOUND + "|" + alternation;
    }
    return "(?<" + category + ">" + alternation + ")";
  }

  /** The value of {@code word} in {@code category}, null if unknown; case and a final "." do not matter. */
  String value(String category, String word) {
    Map<String, String> map = words.getOrDefault(category, Map.of());
    String key = SPACES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ");
    String value = map.get(key);
    return value != null ? value : map.get(key.endsWith(".") ? key.substring(0, key.length() - 1) : key + ".");
  }

  /** The words of {@code category}. */
  List<String> words(String category) {
    return List.copyOf(words.getOrDefault(category, Map.of()).keySet());
  }

  /** Reads a cardinal: digits, a word, or a compound like "twenty-four"; null when vague ("several"). */
  Integer number(String text) {
    if (text.matches("\\d+")) {
      return Integer.valueOf(text);
    }
    if (text.matches(DIGITS)) {
      return (int) Math.round(Double.parseDouble(text));
    }
    String whole = value("number", text);
    if (whole != null) {
      return whole.equals("X") ? null : Integer.valueOf(whole);
    }
    int sum = 0;
    for (String part : text.split("[- ]+")) {
      String v = value("number", part);
      if (v == null || v.equals("X")) {
        return null;
      }
      sum += Integer.parseInt(v);
    }
    return sum;
  }

  private static String wordPattern(String word) {
    String quoted = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
    // "jan." also matches "Jan" and "JAN." in text
    return word.endsWith(".") ? Pattern.quote(word.substring(0, word.length() - 1)) + "\\.?" : quoted;
  }
}
