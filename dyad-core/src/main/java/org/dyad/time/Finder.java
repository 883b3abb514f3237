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
  private final Starters starters;
  private final Pattern modifier;

  Finder(CalendarWords lexicon) {
    for (String[] row : RuleFiles.rows("rules.tsv", 4)) {
      rules.add(Rule.of(row, lexicon));
    }
    vetoes = new Vetoes(lexicon);
    starters = new Starters(rules);
    String mods = lexicon.words("mod").stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    modifier = Pattern.compile("(?<![\\w-])(?:" + mods + ")(?:\\s*|-)$", Pattern.CASE_INSENSITIVE);
  }

  /** The non-overlapping matches of {@code text}, in text order. */
  List<Match> find(String text) {
    List<Match> all = candidates(text);
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

  // each rule is tried only at word starts it can begin with, which is many times faster than
  // Matcher.find at every character
  private List<Match> candidates(String text) {
    List<Match> all = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    int[] coveredUntil = new int[rules.size()];
    for (int start = 0; start < text.length(); start++) {
      if (!isWordStart(text, start)) {
        continue;
      }
      for (int i : starters.rulesFor(text, start)) {
        if (start >= coveredUntil[i]) {
          coveredUntil[i] = collect(i, matchers, text, start, all);
        }
      }
    }
    return all;
  }

  private int collect(int i, Matcher[] matchers, String text, int start, List<Match> out) {
    Rule rule = rules.get(i);
    if (matchers[i] == null) {
      matchers[i] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
    Matcher m = matchers[i];
    if (!m.region(start, text.length()).lookingAt()) {
      return start;
    }
    Match match = new Match(m.start(), m.end(), rule, groups(rule, m));
    if (capitalised(match) && !vetoes.rejects(match, text)) {
      out.add(match);
    }
    return m.end();
  }

  private static boolean isWordStart(String text, int i) {
    boolean word = Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'';
    return word && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
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
