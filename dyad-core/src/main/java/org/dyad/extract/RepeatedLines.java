package org.dyad.extract;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Short lines that recur across many text dumps of one group (one folder, usually one outlet): navigation,
 * slogans and credits that no single page reveals as furniture. Long lines are never counted, so a wire story
 * reprinted in several pages is not mistaken for furniture.
 */
public final class RepeatedLines implements Predicate<String>, Serializable {
  private static final long serialVersionUID = 1L;
  /** A line is furniture when at least this many documents of its group have it ... */
  public static final int MIN_DOCS = 3;
  /** ... and at least this share of them. */
  public static final double MIN_SHARE = 0.3;
  private static final int MAX_WORDS = 25;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final Set<String> lines;

  private RepeatedLines(Set<String> lines) {
    this.lines = lines;
  }

  /** Nothing is repeated. */
  public static RepeatedLines none() {
    return new RepeatedLines(Set.of());
  }

  /** These lines (as {@link #votes} gives them) are repeated; for a corpus counted elsewhere (a cluster job). */
  public static RepeatedLines of(Collection<String> lines) {
    return new RepeatedLines(Set.copyOf(lines));
  }

  /**
   * The group a file votes in, by its path: the folder of a text dump ({@code .txt}), null for every other file.
   * HTML, WARC and JSONL pages carry their own markup or fields, so only text dumps need the corpus to tell their
   * furniture.
   */
  public static String group(String path) {
    if (!path.endsWith(".txt")) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The distinct lines of one document that it counts once each towards its group: the short ones, normalised. */
  public static Set<String> votes(String text) {
    Set<String> out = new HashSet<>();
    text.lines().map(RepeatedLines::key).filter(l -> !l.isEmpty() && LineFeatures.words(l) <= MAX_WORDS)
        .forEach(out::add);
    return out;
  }

  /** True when {@code docsWithLine} of a group's {@code docs} documents is enough to call the line furniture. */
  public static boolean repeated(int docsWithLine, int docs) {
    return docsWithLine >= MIN_DOCS && docsWithLine >= MIN_SHARE * docs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepeatedLines r && r.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public boolean test(String line) {
    return !lines.isEmpty() && lines.contains(key(line));
  }

  /** Number of distinct repeated lines found. */
  public int size() {
    return lines.size();
  }

  private static String key(String line) {
    return WHITESPACE.matcher(line.strip()).replaceAll(" ");
  }

  /** Counts lines per group, one vote per document. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> docs = new HashMap<>();

    /** Adds one document of {@code group}. */
    public Builder add(String group, String text) {
      docs.merge(group, 1, Integer::sum);
      Map<String, Integer> c = counts.computeIfAbsent(group, g -> new HashMap<>());
      votes(text).forEach(l -> c.merge(l, 1, Integer::sum));
      return this;
    }

    /** The lines repeated by dyad's rule: {@link #repeated} of their group's documents. */
    public RepeatedLines build() {
      Set<String> out = new HashSet<>();
      counts.forEach((group, c) -> c.forEach((line, k) -> {
        if (repeated(k, docs.get(group))) {
          out.add(line);
        }
      }));
      return new RepeatedLines(Set.copyOf(out));
    }
  }
}
