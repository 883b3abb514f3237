package org.dyad.extract;

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
public final class RepeatedLines implements Predicate<String> {
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
      Set<String> seen = new HashSet<>();
      text.lines().map(RepeatedLines::key)
          .filter(l -> !l.isEmpty() && LineFeatures.words(l) <= MAX_WORDS && seen.add(l))
          .forEach(l -> c.merge(l, 1, Integer::sum));
      return this;
    }

    /** Lines found in at least {@code minDocs} documents and {@code minShare} of the documents of their group. */
    public RepeatedLines build(int minDocs, double minShare) {
      Set<String> out = new HashSet<>();
      counts.forEach((group, c) -> {
        int n = docs.get(group);
        c.forEach((line, k) -> {
          if (k >= minDocs && k >= minShare * n) {
            out.add(line);
          }
        });
      });
      return new RepeatedLines(Set.copyOf(out));
    }
  }
}
