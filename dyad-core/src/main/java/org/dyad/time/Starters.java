package org.dyad.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Which rules can begin at a word, found once per word (and per two words after a common first
 * word such as "the") and remembered; thread-safe.
 */
final class Starters {
  // enough for the vocabulary of a large news corpus; past it, words are checked without being kept
  private static final int MAX_CACHED = 200_000;
  // a first word that many rules can start with ("the", "a") is narrowed down by the word after it
  private static final int NARROW_ABOVE = 4;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Rule> rules;
  private final int[] all;
  private final Map<String, int[]> cache = new ConcurrentHashMap<>();

  Starters(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.all = IntStream.range(0, rules.size()).toArray();
  }

  /** The indices of the rules that may match at {@code start}, a word start of {@code text}. */
  int[] rulesFor(String text, int start) {
    int end = wordEnd(text, start);
    int[] first = lookup(probe(text, start, end), all);
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (first.length <= NARROW_ABOVE || next == end || next >= text.length()) {
      return first;
    }
    return lookup(probe(text, start, wordEnd(text, next)), first);
  }

  private int[] lookup(String probe, int[] among) {
    int[] known = cache.get(probe);
    if (known != null) {
      return known;
    }
    int[] computed = compute(probe, among);
    if (cache.size() < MAX_CACHED) {
      cache.put(probe, computed);
    }
    return computed;
  }

  private static int wordEnd(String text, int start) {
    int end = start + 1;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  // the words and the character after them: "1998-" and "1998 " can start different expressions
  private static String probe(String text, int start, int end) {
    String next = end < text.length() ? (Character.isWhitespace(text.charAt(end)) ? " " : text.substring(end, end + 1)) : "";
    return SPACES.matcher(text.substring(start, end)).replaceAll(" ").toLowerCase(Locale.ROOT) + next;
  }

  // a rule that fails on the probe without reading to its end can never match there; the probe
  // starts the text, so a rule that looks behind its start cannot be judged this way
  private int[] compute(String probe, int[] among) {
    return IntStream.of(among)
        .filter(i -> {
          var m = rules.get(i).pattern().matcher(probe);
          return rules.get(i).looksBehind() || m.lookingAt() || m.hitEnd();
        })
        .toArray();
  }
}
