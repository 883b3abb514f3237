package org.dyad.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a TABARI or PETRARCH verb dictionary into lexicon entries. A verb line ({@code ACCUSE [112]}, or a
 * PETRARCH class {@code --- ACCUSE [112] ---} followed by its member verbs) gives a bare verb entry; a pattern
 * line ({@code - * OF ESPIONAGE [1125]}) gives the entry {@code accuse+espionage}: dyad keys a trigger on one word
 * that depends on it, the head of the first word group after the verb (or the preposition when the pattern names
 * only actors after one). Synonym sets ({@code &NAME} with {@code +MEMBER} lines) expand into one entry a member.
 * What dyad cannot use is left out and counted in {@link Skips}.
 */
final class VerbPatternReader {
  /** Actor slots and skips of a pattern: dyad finds the source and target itself. */
  private static final Set<String> SLOTS = Set.of("$", "+", "%", "^");
  private static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "on", "at", "with", "for", "from", "by",
      "against", "about", "into", "over", "under", "after", "before", "as", "between", "upon", "toward", "towards",
      "through", "across", "without", "within");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
      "that", "these", "those", "and", "or", "some", "any", "all", "new", "more");

  private record Pattern(int line, List<String> tokens, String code) {}

  private static final class Group {
    final String code;
    final int line;
    final List<String[]> verbs = new ArrayList<>(); // {words, line}
    final List<Pattern> patterns = new ArrayList<>();

    Group(String code, int line) {
      this.code = code;
      this.line = line;
    }
  }

  private final String file;
  private final Skips skips;
  private final Map<String, List<String>> sets = new HashMap<>();
  private final Map<String, Integer> setLines = new HashMap<>();
  private final List<Group> groups = new ArrayList<>();
  private final Map<String, LexiconEntry> out = new LinkedHashMap<>();

  private VerbPatternReader(String file, Skips skips) {
    this.file = file;
    this.skips = skips;
  }

  static List<LexiconEntry> read(Path path, Skips skips) {
    VerbPatternReader r = new VerbPatternReader(path.toString(), skips);
    r.parse(DictLine.read(path, "#;", false));
    r.groups.forEach(r::emit);
    return List.copyOf(r.out.values());
  }

  private void parse(List<DictLine> lines) {
    String set = null;
    for (DictLine l : lines) {
      String t = l.text();
      if (t.startsWith("+")) {
        if (set == null) {
          throw new DictionaryException(file, l.number(), "'+' member line outside a synonym set (&NAME)");
        }
        sets.get(set).add(t.substring(1).strip());
        continue;
      }
      set = null;
      if (t.startsWith("&")) {
        set = t.split("\\s+")[0].toUpperCase();
        sets.put(set, new ArrayList<>());
        setLines.put(set, l.number());
      } else if (t.startsWith("---") && t.length() > 3 && t.endsWith("---")) {
        Brackets b = Brackets.of(file, l.number(), t.substring(3, t.length() - 3));
        Group g = new Group(code(b, l.number()), l.number());
        groups.add(g);
        if (!b.outside().isBlank()) {
          g.verbs.add(new String[] {b.outside().replace("-", " ").strip(), "class"});
        }
      } else if (t.startsWith("-")) {
        pattern(l);
      } else {
        verb(l);
      }
    }
  }

  private void verb(DictLine l) {
    Brackets b = Brackets.of(file, l.number(), l.text());
    Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
    if (b.codes().isEmpty() && current != null && current.patterns.isEmpty()) {
      current.verbs.removeIf(v -> v[1].equals("class")); // a class header's label gives way to its member verbs
      current.verbs.add(new String[] {b.outside(), String.valueOf(l.number())});
      return;
    }
    Group g = new Group(b.codes().isEmpty() ? null : code(b, l.number()), l.number());
    g.verbs.add(new String[] {b.outside(), String.valueOf(l.number())});
    groups.add(g);
  }

  private void pattern(DictLine l) {
    if (groups.isEmpty()) {
      throw new DictionaryException(file, l.number(), "pattern line before any verb");
    }
    Brackets b = Brackets.of(file, l.number(), l.text().substring(1));
    if (b.codes().isEmpty()) {
      throw new DictionaryException(file, l.number(), "pattern line without a [CODE]");
    }
    List<String> tokens = new ArrayList<>();
    for (String tok : b.outside().split("\\s+")) {
      String plain = tok.replaceAll("[(){}]", "");
      if (!plain.isEmpty()) {
        tokens.add(plain);
      }
    }
    groups.get(groups.size() - 1).patterns.add(new Pattern(l.number(), tokens, code(b, l.number())));
  }

  /** The CAMEO code of a line's first bracket: "-" for {@code ---}, null (and counted) when dyad cannot use it. */
  private String code(Brackets b, int line) {
    if (b.codes().isEmpty()) {
      return null;
    }
    String c = b.codes().get(0);
    if (c.matches("-+")) {
      return "-";
    }
    if (!c.matches("\\d{2,4}")) {
      skips.add("codes dyad does not read (not a CAMEO code: '" + c + "')", file + ":" + line);
      return "?";
    }
    if (!Codes.cameo(c)) {
      skips.add("codes not in CAMEO 1.1b3 (cameo.tsv)", file + ":" + line);
      return "?";
    }
    return c;
  }

  private void emit(Group g) {
    for (String[] v : g.verbs) {
      String where = file + ":" + (v[1].equals("class") ? g.line : Integer.parseInt(v[1]));
      List<String> words = words(v[0]);
      if (words.isEmpty() || words.size() > 2 || !words.stream().allMatch(w -> w.matches("[a-z][a-z'-]*"))) {
        skips.add("verbs that are not one word or a verb and its particle", where);
        continue;
      }
      String lemma = words.get(0);
      String particle = words.size() > 1 ? words.get(1) : null;
      if (g.code != null && !g.code.equals("-") && !g.code.equals("?")) {
        add(new LexiconEntry(lemma, particle, "V", g.code, "act", where));
      }
      for (Pattern p : g.patterns) {
        patternEntries(lemma, particle, p);
      }
    }
  }

  private void patternEntries(String lemma, String particle, Pattern p) {
    String where = file + ":" + p.line();
    if (p.code().equals("?")) {
      return; // counted when the code was read
    }
    int star = p.tokens().indexOf("*");
    List<String> before = star < 0 ? List.of() : p.tokens().subList(0, star);
    if (before.stream().anyMatch(t -> !SLOTS.contains(t))) {
      skips.add("pattern lines with words before the verb (dyad keys a trigger on what depends on it)", where);
      return;
    }
    List<String> after = star < 0 ? p.tokens() : p.tokens().subList(star + 1, p.tokens().size());
    for (String t : after) {
      if (!SLOTS.contains(t) && !t.startsWith("&") && !t.matches("[A-Za-z][A-Za-z'_-]*")) {
        skips.add("pattern lines with an element dyad does not support ('" + t + "')", where);
        return;
      }
    }
    List<List<String>> choices = secondWords(after, p.line());
    if (choices.isEmpty()) {
      if (particle == null) {
        add(new LexiconEntry(lemma, null, "V", p.code(), "act", where));
      } else {
        add(new LexiconEntry(lemma, particle, "V", p.code(), "act", where));
      }
      return;
    }
    if (particle != null) {
      skips.add("pattern lines of two-word verbs with a word after the verb (dyad keys one second word)", where);
      return;
    }
    for (List<String> choice : choices) {
      add(new LexiconEntry(lemma, choice.get(0), "V", p.code(), "act", where));
    }
    if (choices.get(0).size() > 1) {
      skips.add("words of pattern lines beyond the one dyad keys on (the pattern was read with its first word "
          + "group's head only)", where);
    }
  }

  /**
   * The second words a pattern gives, one a synonym-set member: the head (last word) of the first group of
   * content words after the verb, or the first preposition when there is none. Each choice lists that word first,
   * then whatever other content words the pattern had (which dyad cannot key on).
   */
  private List<List<String>> secondWords(List<String> after, int line) {
    String preposition = null;
    List<String> group = new ArrayList<>();
    int end = -1;
    for (int i = 0; i < after.size(); i++) {
      String t = after.get(i);
      if (t.startsWith("&")) {
        if (group.isEmpty()) {
          group.add(t);
          end = i;
        }
        break;
      }
      String w = t.toLowerCase();
      boolean function = SLOTS.contains(t) || PREPOSITIONS.contains(w) || FUNCTION_WORDS.contains(w);
      if (!function) {
        group.addAll(words(w));
        end = i;
      } else if (!group.isEmpty()) {
        break;
      } else if (preposition == null && PREPOSITIONS.contains(w)) {
        preposition = w;
      }
    }
    boolean more = end >= 0 && after.subList(end + 1, after.size()).stream().anyMatch(t -> !SLOTS.contains(t)
        && !PREPOSITIONS.contains(t.toLowerCase()) && !FUNCTION_WORDS.contains(t.toLowerCase()));
    if (group.isEmpty()) {
      return preposition == null ? List.of() : List.of(List.of(preposition));
    }
    if (group.get(0).startsWith("&")) {
      return members(group.get(0), line, more);
    }
    String head = group.get(group.size() - 1);
    return List.of(more || group.size() > 1 ? List.of(head, "+") : List.of(head));
  }

  private List<List<String>> members(String set, int line, boolean more) {
    List<String> m = sets.get(set.toUpperCase());
    if (m == null) {
      throw new DictionaryException(file, line, "synonym set " + set + " is not defined");
    }
    List<List<String>> out = new ArrayList<>();
    for (String member : m) {
      List<String> w = words(member);
      if (!w.isEmpty()) {
        String head = w.get(w.size() - 1);
        out.add(more || w.size() > 1 ? List.of(head, "+") : List.of(head));
      }
    }
    return out;
  }

  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.toLowerCase().replace('_', ' ').strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private void add(LexiconEntry e) {
    LexiconEntry before = out.putIfAbsent(e.term() + " " + e.pos(), e);
    if (before != null && !before.code().equals(e.code())) {
      skips.add("entries for a term already read with another code (the first stands)", e.source());
    }
  }
}
