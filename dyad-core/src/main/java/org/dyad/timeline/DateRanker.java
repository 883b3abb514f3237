package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks days by how much the articles refer to them: a day that later articles keep mentioning is one the
 * story turned on (DATEWISE's mention count, Ghalandari &amp; Ifrim 2020, weighted by when the mention was made).
 */
final class DateRanker {
  // a mention looking back is evidence the day mattered; one on the day itself is news; one ahead is a plan
  static final double LATER = 1.0;
  static final double SAME_DAY = 0.5;
  static final double EARLIER = 0.1;
  // each article published on the day or the next one counts like this many mentions
  static final double VOLUME = 0.25;

  private DateRanker() {}

  /** The days of the corpus within [from, to] (either may be null), best first. */
  static List<LocalDate> rank(Corpus corpus, LocalDate from, LocalDate to) {
    Map<LocalDate, Double> score = scores(corpus);
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d : score.keySet()) {
      if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
        out.add(d);
      }
    }
    out.sort((a, b) -> b.equals(a) ? 0 : Double.compare(score.get(b), score.get(a)) != 0
        ? Double.compare(score.get(b), score.get(a)) : a.compareTo(b));
    return out;
  }

  /** The score of every day mentioned or published on. */
  static Map<LocalDate, Double> scores(Corpus corpus) {
    Map<LocalDate, Double> score = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : corpus.sentences) {
      for (LocalDate d : s.mentions()) {
        // one article mentioning a day five times is one voice
        if (seen.add(s.doc() + " " + d)) {
          score.merge(d, weight(s.published(), d), Double::sum);
        }
      }
    }
    for (LocalDate p : corpus.published) {
      score.merge(p, VOLUME, Double::sum);
      score.merge(p.minusDays(1), VOLUME, Double::sum);
    }
    return score;
  }

  private static double weight(LocalDate published, LocalDate mentioned) {
    int c = published.compareTo(mentioned);
    return c > 0 ? LATER : c == 0 ? SAME_DAY : EARLIER;
  }
}
