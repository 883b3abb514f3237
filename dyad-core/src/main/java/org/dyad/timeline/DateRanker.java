package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
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
    Map<LocalDate, Double> score = scores(corpus, w);
    // the collection's own period: a timeline of these articles covers what they report, not their background
    LocalDate first = corpus.published.stream().min(LocalDate::compareTo).orElse(LocalDate.MIN).minusDays(w.margin());
    LocalDate last = corpus.published.stream().max(LocalDate::compareTo).orElse(LocalDate.MAX);
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d : score.keySet()) {
      boolean inPeriod = !d.isBefore(first) && !d.isAfter(last);
      if (inPeriod && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
        out.add(d);
      }
    }
    out.sort((a, b) -> b.equals(a) ? 0 : Double.compare(score.get(b), score.get(a)) != 0
        ? Double.compare(score.get(b), score.get(a)) : a.compareTo(b));
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
