package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trivial baseline of the Timeline17 task (../shared/docs/benchmarks.md): the days with most articles,
 * each summarised by the first sentence of its first articles. A method that does not beat it has learnt
 * nothing; it also checks the metric.
 */
final class Baseline {
  private Baseline() {}

  /** The {@code n} busiest publication days within [from, to], each with the lead sentences of {@code k} articles. */
  static Map<LocalDate, List<CorpusSentence>> pick(Corpus corpus, int n, int k, LocalDate from, LocalDate to) {
    Map<LocalDate, List<CorpusSentence>> leads = new LinkedHashMap<>();
    for (CorpusSentence s : corpus.sentences) {
      boolean inRange = (from == null || !s.published().isBefore(from)) && (to == null || !s.published().isAfter(to));
      if (s.position() == 0 && inRange) {
        leads.computeIfAbsent(s.published(), d -> new ArrayList<>()).add(s);
      }
    }
    List<LocalDate> busiest = new ArrayList<>(leads.keySet());
    busiest.sort((a, b) -> leads.get(b).size() != leads.get(a).size()
        ? Integer.compare(leads.get(b).size(), leads.get(a).size()) : a.compareTo(b));
    Map<LocalDate, List<CorpusSentence>> out = new LinkedHashMap<>();
    busiest.stream().limit(n).forEach(d -> out.put(d, leads.get(d).subList(0, Math.min(k, leads.get(d).size()))));
    return out;
  }
}
