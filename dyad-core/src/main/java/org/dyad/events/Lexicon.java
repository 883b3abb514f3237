package org.dyad.events;

import org.dyad.util.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The event words of {@code lexicon.tsv}, the named measures of {@code measures.tsv} and the cues of {@code status-cues.tsv}. */
final class Lexicon {
  /** One lexicon line: trigger lemma, optional second word, part of speech (V, N, A), CAMEO code, kind. */
  record Entry(String lemma, String second, String pos, String code, String kind) {
    String describe() {
      return lemma + (second == null ? "" : "+" + second) + " " + pos + " " + code + " " + kind;
    }
  }

  /** A named measure: enacting it codes {@code code} against {@code target}. */
  record Measure(String phrase, String code, String target) {}

  /** A status cue: where it attaches (aux, governor, modifier, speech) and the status it gives. */
  record Cue(String word, String where, String status) {}

  private static final String DIR = "/org/dyad/events/";
  private final Map<String, List<Entry>> byLemma = new HashMap<>();
  private final List<Measure> measures = new ArrayList<>();
  private final Map<String, Cue> cues = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  Lexicon() {
    for (String[] r : Tsv.read(DIR + "lexicon.tsv", 4)) {
      String[] term = r[0].trim().split("\\+");
      Entry e = new Entry(term[0], term.length > 1 ? term[1] : null, r[1].trim(), r[2].trim(), r[3].trim());
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

  List<Entry> byLemma(String lemma) {
    return byLemma.getOrDefault(lemma.toLowerCase(), List.of());
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
