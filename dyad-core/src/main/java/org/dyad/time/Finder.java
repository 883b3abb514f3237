package org.dyad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the expressions of a text: every rule's matches, minus vetoed ones, longest first, no overlaps. */
final class Finder {
  private final List<Rule> rules = new ArrayList<>();
  private final Vetoes vetoes;
  private final Pattern modifier;

  Finder(Lexicon lexicon) {
    for (String[] row : Resources.rows("rules.tsv", 4)) {
      rules.add(Rule.of(row, lexicon));
    }
    vetoes = new Vetoes(lexicon);
    String mods = lexicon.words("mod").stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    modifier = Pattern.compile("(?<![\\w-])(?:" + mods + ")\\s*$", Pattern.CASE_INSENSITIVE);
  }

  /** The non-overlapping matches of {@code text}, in text order. */
  List<Match> find(String text) {
    List<Match> all = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      collect(rules.get(i), text, all);
    }
    all.sort(Comparator.comparingInt((Match m) -> m.start() - m.end()).thenComparingInt(Match::start));
    List<Match> kept = new ArrayList<>();
    for (Match candidate : all) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept.stream().map(m -> widen(m, text)).toList();
  }

  private void collect(Rule rule, String text, List<Match> out) {
    Matcher m = rule.pattern().matcher(text);
    while (m.find()) {
      Match match = new Match(m.start(), m.end(), rule, groups(rule, m));
      if (capitalised(match) && !vetoes.rejects(match, text)) {
        out.add(match);
      }
    }
  }

  private static Map<String, String> groups(Rule rule, Matcher m) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (String name : rule.groups()) {
      // "part2" fills the slot "part" where a pattern needs a group twice
      String slot = name.replaceAll("\\d+$", "");
      if (m.group(name) != null) {
        groups.putIfAbsent(slot, m.group(name));
      }
    }
    return groups;
  }

  // month and day names are proper nouns: "march" and "may" in lower case are other words
  private static boolean capitalised(Match match) {
    for (String name : new String[] {"month", "weekday"}) {
      String word = match.group(name);
      if (word != null && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  // TimeML puts "early", "the end of" and the like inside the extent of a date
  private Match widen(Match match, String text) {
    if (!match.rule().type().equals("DATE")) {
      return match;
    }
    String before = text.substring(Math.max(0, match.start() - 24), match.start());
    Matcher m = modifier.matcher(before);
    return m.find() ? match.from(match.start() - before.length() + m.start()) : match;
  }
}
