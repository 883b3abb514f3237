package org.dyad.events;

import org.dyad.dictionary.LexiconEntry;
import org.dyad.util.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The event words of {@code lexicon.tsv}, the named measures of {@code measures.tsv} and the cues of {@code status-cues.tsv}. */
final class Lexicon {
  /**
   * One lexicon line: trigger lemma, optional second word, part of speech (V, N, A), CAMEO code, kind, and the
   * {@code FILE:LINE} of a user dictionary it came from (null for dyad's own).
   */
  record Entry(String lemma, String second, String pos, String code, String kind, String source) {
    Entry(String lemma, String second, String pos, String code, String kind) {
      this(lemma, second, pos, code, kind, null);
    }

    String describe() {
      return lemma + (second == null ? "" : "+" + second) + " " + pos + " " + code + " " + kind
          + (source == null ? "" : " (from " + source + ")");
    }

    private String key() {
      return lemma + (second == null ? "" : "+" + second) + " " + pos;
    }
  }

  /** A named measure: enacting it codes {@code code} against {@code target}. */
  record Measure(String phrase, String code, String target) {}

  /** A status cue: where it attaches (aux, governor, modifier, speech) and the status it gives. */
  record Cue(String word, String where, String status) {}

  private static final String DIR = "/org/dyad/events/";
  private static final Pattern PREFIXED = Pattern.compile("(?:co|re|pre|de)-[a-z]+");
  private final Map<String, List<Entry>> byLemma = new HashMap<>();
  private final List<Measure> measures = new ArrayList<>();
  private final Map<String, Cue> cues = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  Lexicon() {
    this(List.of());
  }

  /**
   * dyad's lexicon with a user's entries: each user entry comes before dyad's entries of its lemma (so it wins) and
   * replaces dyad's entry of the same term and part of speech; a later user entry replaces an earlier one.
   */
  Lexicon(List<LexiconEntry> user) {
    List<Entry> own = new ArrayList<>();
    for (String[] r : Tsv.read(DIR + "lexicon.tsv", 4)) {
      String[] term = r[0].trim().split("\\+");
      own.add(new Entry(term[0], term.length > 1 ? term[1] : null, r[1].trim(), r[2].trim(), r[3].trim()));
    }
    for (Entry e : user.isEmpty() ? own : merged(own, user)) {
      byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
      entries.add(e);
    }
    for (String[] r : Tsv.read(DIR + "measures.tsv", 3)) {
      measures.add(new Measure(r[0].trim(), r[1].trim(), r[2].trim()));
    }
    for (String[] r : Tsv.read(DIR + "status-cues.tsv", 3)) {
      cues.put(r[0].trim() + "/" + r[1].trim(), new Cue(r[0].trim(), r[1].trim(), r[2].trim()));
    }
  }

  private static List<Entry> merged(List<Entry> own, List<LexiconEntry> user) {
    Map<String, Entry> added = new LinkedHashMap<>();
    for (LexiconEntry u : user) {
      Entry e = new Entry(u.lemma(), u.second(), u.pos(), u.code(), u.kind(), u.source());
      added.remove(e.key());
      added.put(e.key(), e);
    }
    List<Entry> out = new ArrayList<>(added.values());
    own.stream().filter(e -> !added.containsKey(e.key())).forEach(out::add);
    return out;
  }

  List<Entry> byLemma(String lemma) {
    String key = lemma.toLowerCase();
    List<Entry> found = byLemma.get(key);
    if (found == null && PREFIXED.matcher(key).matches()) {
      // "co-operate", "re-open", "pre-empt": British and older spellings write a prefix with a hyphen
      found = byLemma.get(key.replace("-", ""));
    }
    return found == null ? List.of() : found;
  }

  List<Entry> entries() {
    return List.copyOf(entries);
  }

  List<Measure> measures() {
    return List.copyOf(measures);
  }

  Cue cue(String word, String where) {
    return cues.get(word.toLowerCase() + "/" + where);
  }

  boolean speech(String lemma) {
    return cue(lemma, "speech") != null;
  }
}
