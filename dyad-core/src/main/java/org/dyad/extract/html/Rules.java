package org.dyad.extract.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.util.Resources;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The extractor's rules, read once from the resource files next to this class. */
final class Rules {
  static final Rules DEFAULT = load();

  final List<Evaluator> containers;
  final Set<String> boilerplateParts;
  final Set<String> boilerplateWords;
  final Pattern boilerplateText;
  final List<String[]> dateMeta;
  final Map<String, String> outlets;
  final List<String> agencies;

  private Rules(List<String> containers, List<String[]> classes, List<String> texts,
      List<String[]> dateMeta, List<String[]> outlets, List<String> agencies) {
    this.containers = containers.stream().map(QueryParser::parse).toList();
    this.boilerplateParts = kind(classes, "part");
    this.boilerplateWords = kind(classes, "word");
    // one alternation runs faster than twenty patterns over every paragraph
    this.boilerplateText = Pattern.compile(texts.stream().map(t -> "(?:" + t + ")")
        .collect(java.util.stream.Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.dateMeta = List.copyOf(dateMeta);
    Map<String, String> byDomain = new LinkedHashMap<>();
    outlets.forEach(o -> byDomain.put(o[0].toLowerCase(Locale.ROOT), o[1]));
    this.outlets = Map.copyOf(byDomain);
    this.agencies = List.copyOf(agencies);
  }

  private static Rules load() {
    return new Rules(lines("containers.txt"), columns("boilerplate-class.txt"), lines("boilerplate-text.txt"),
        columns("date-meta.tsv"), columns("outlets.tsv"), lines("agencies.txt"));
  }

  private static Set<String> kind(List<String[]> rows, String kind) {
    return Set.copyOf(rows.stream().filter(r -> r[0].equals(kind)).map(r -> r[1]).toList());
  }

  private static List<String[]> columns(String name) {
    return lines(name).stream().map(l -> l.split("\t")).filter(c -> c.length >= 2).toList();
  }

  // non-blank lines without '#' comments
  static List<String> lines(String name) {
    return Resources.lines(Rules.class, name);
  }
}
