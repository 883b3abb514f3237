package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks days by how much the articles refer to them: a day that later articles keep mentioning is one the
 * story turned on (DATEWISE's mention count, Ghalandari &amp; Ifrim 2020, weighted by when the mention was made).
 */
final class DateRanker {
  private DateRanker() {}

  /** The days of the corpus within [from, to] (either may be null), best first. */
  static List<LocalDate> rank(Corpus corpus, Weights w, LocalDate from, LocalDate to) {
    if (corpus.published.isEmpty()) {
      return List.of();
    }
    // the collection's own period: a timeline of these articles covers what they report, not their background
    LocalDate first = Collections.min(corpus.published).minusDays(w.margin());
    LocalDate last = Collections.max(corpus.published);
    LocalDate lo = from == null || from.isBefore(first) ? first : from;
    LocalDate hi = to == null || to.isAfter(last) ? last : to;
    Map<LocalDate, Double> score = scores(corpus, w);
    List<LocalDate> out = new ArrayList<>();
    score.keySet().stream().filter(d -> !d.isBefore(lo) && !d.isAfter(hi)).forEach(out::add);
    // best score first; the earlier day first on ties, so runs are repeatable
    out.sort(Comparator.comparing((LocalDate d) -> -score.get(d)).thenComparing(d -> d));
    return out;
  }

  /** The score of every day mentioned or published on. */
  static Map<LocalDate, Double> scores(Corpus corpus, Weights w) {
    Map<LocalDate, Double> score = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Sentence s : corpus.sentences) {
      for (LocalDate d : s.mentions()) {
        // one article mentioning a day five times is about one voice
        if (seen.merge(s.doc() + " " + d, 1, Integer::sum) <= w.perArticle()) {
          score.merge(d, weight(w, s.published(), d), Double::sum);
        }
      }
    }
    for (LocalDate p : corpus.published) {
      score.merge(p, w.volume(), Double::sum);
      score.merge(p.minusDays(1), w.volume(), Double::sum);
    }
    return score;
  }

  private static double weight(Weights w, LocalDate published, LocalDate mentioned) {
    int c = published.compareTo(mentioned);
    return c > 0 ? w.later() : c == 0 ? w.sameDay() : w.earlier();
  }
}
