package org.dyad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expression pattern of rules.tsv: its TIMEX3 type, the resolver that computes its value, its
 * groups, and whether it looks at the text before its start (then it is tried at every word).
 */
record Rule(String id, String type, String resolver, Pattern pattern, List<String> groups, boolean looksBehind) {

  private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)(\\d*)}");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z]+\\d*)>");

  /** Builds a rule from one row, expanding {category} macros from the lexicon. */
  static Rule of(String[] row, CalendarWords lexicon) {
    String regex = expand(row[3], lexicon).replace(" ", "\\s+");
    Pattern pattern = Pattern.compile("(?:(?<![\\w'-])|(?<=\\b(?:mid|early|late)-))(?:" + regex + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    boolean looksBehind = row[3].contains("(?<=") || row[3].contains("(?<!");
    return new Rule(row[0], row[1], row[2], pattern, groups(regex), looksBehind);
  }

  private static String expand(String source, CalendarWords lexicon) {
    Matcher m = MACRO.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!lexicon.has(m.group(1))) {
        throw new IllegalStateException("rules.tsv: unknown lexicon category {" + m.group(1) + "} in " + source);
      }
      // {part2} is the word list of "part" captured as "part2", for a second use in one pattern
      String macro = lexicon.macro(m.group(1)).replaceFirst("^\\(\\?<[a-z]+>", "(?<" + m.group(1) + m.group(2) + ">");
      m.appendReplacement(out, Matcher.quoteReplacement(macro));
    }
    return m.appendTail(out).toString();
  }

  private static List<String> groups(String regex) {
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    return List.copyOf(names);
  }
}
