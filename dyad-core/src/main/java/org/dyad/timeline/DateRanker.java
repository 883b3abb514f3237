package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks days by how much the articles refer to them: a day that later articles keep mentioning is one the
 * story turned on (DATEWISE's mention count, Ghalandari &amp; Ifrim 2020, weighted by when the mention was made
 * and, looking back, by whether it names the day in full).
 *
 * <p>Counting mentions favours the start of a story: a day early in the collection has every later article to
 * mention it, a day late in it only the few that follow. {@link #shares} ranks by the share of the following
 * articles that mention a day instead, so a late turn that most of its few followers recall can outrank an
 * early day that a small part of many articles recall.
 */
final class DateRanker {
  /** The normal quantile of the share's lower confidence bound: 95 %, two-sided. */
  static final double Z = 1.96;

  private DateRanker() {}

  /** The days of the corpus within [from, to] (either may be null), best first by mention score. */
  static List<LocalDate> rank(Corpus corpus, Weights w, LocalDate from, LocalDate to) {
    return rank(corpus, w, from, to, TimelineBuilder.Method.MENTIONS);
  }

  /**
   * The days of the corpus within [from, to] (either may be null), best first: by mention score, or for
   * {@link TimelineBuilder.Method#SHARE} by {@link #shares} with the mention score breaking ties.
   */
  static List<LocalDate> rank(Corpus corpus, Weights w, LocalDate from, LocalDate to,
      TimelineBuilder.Method method) {
    boolean byShare = method == TimelineBuilder.Method.SHARE;
    if (corpus.published.isEmpty()) {
      return List.of();
    }
    // the collection's own period: a timeline of these articles covers what they report, not their background
    LocalDate first = Collections.min(corpus.published).minusDays(w.margin());
    LocalDate last = Collections.max(corpus.published);
    LocalDate lo = from == null || from.isBefore(first) ? first : from;
    LocalDate hi = to == null || to.isAfter(last) ? last : to;
    Map<LocalDate, Double> score = scores(corpus, w);
    Map<LocalDate, Double> share = byShare ? shares(corpus) : Map.of();
    List<LocalDate> out = new ArrayList<>();
    score.keySet().stream().filter(d -> !d.isBefore(lo) && !d.isAfter(hi)).forEach(out::add);
    // best first; the earlier day first on ties, so runs are repeatable
    out.sort(Comparator.comparing((LocalDate d) -> -share.getOrDefault(d, 0.0))
        .thenComparing(d -> -score.get(d)).thenComparing(d -> d));
    return out;
  }

  /**
   * For every day some article mentions after it, the lower bound of the 95 % Wilson interval of the share of
   * the articles published after the day that mention it: a share of 3 in 4 followers counts less than 30 in
   * 40, since so few followers say little.
   */
  static Map<LocalDate, Double> shares(Corpus corpus) {
    Map<LocalDate, Set<Integer>> recalling = new HashMap<>();
    for (CorpusSentence s : corpus.sentences) {
      for (LocalDate d : s.mentions()) {
        if (s.published().isAfter(d)) {
          recalling.computeIfAbsent(d, k -> new HashSet<>()).add(s.doc());
        }
      }
    }
    List<LocalDate> published = new ArrayList<>(corpus.published);
    Collections.sort(published);
    Map<LocalDate, Double> out = new HashMap<>();
    recalling.forEach((day, docs) -> {
      int following = published.size() - upTo(published, day);
      out.put(day, wilsonLower(docs.size(), following));
    });
    return out;
  }

  /** The lower bound of the Wilson score interval for {@code hits} successes in {@code n} trials (0 when n is 0). */
  static double wilsonLower(int hits, int n) {
    if (n <= 0) {
      return 0;
    }
    double p = Math.min(1.0, hits / (double) n);
    double z2 = Z * Z;
    double centre = p + z2 / (2 * n);
    double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return Math.max(0, (centre - spread) / (1 + z2 / n));
  }

  // the number of articles published on or before day (sorted: one publication date an article)
  private static int upTo(List<LocalDate> sorted, LocalDate day) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).isAfter(day)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The score of every day mentioned or published on. */
  static Map<LocalDate, Double> scores(Corpus corpus, Weights w) {
    // one article mentioning a day five times is about one voice: its perArticle weightiest mentions count
    Map<String, List<Double>> voices = new HashMap<>();
    Map<String, LocalDate> days = new HashMap<>();
    for (CorpusSentence s : corpus.sentences) {
      for (LocalDate d : s.mentions()) {
        String key = s.doc() + " " + d;
        voices.computeIfAbsent(key, k -> new ArrayList<>()).add(weight(w, s, d));
        days.put(key, d);
      }
    }
    Map<LocalDate, Double> score = new HashMap<>();
    voices.forEach((key, weights) -> {
      weights.sort(Comparator.reverseOrder());
      double sum = 0;
      for (int i = 0; i < Math.min(w.perArticle(), weights.size()); i++) {
        sum += weights.get(i);
      }
      score.merge(days.get(key), sum, Double::sum);
    });
    for (LocalDate p : corpus.published) {
      score.merge(p, w.volume(), Double::sum);
      score.merge(p.minusDays(1), w.volume(), Double::sum);
    }
    return score;
  }

  private static double weight(Weights w, CorpusSentence s, LocalDate mentioned) {
    int c = s.published().compareTo(mentioned);
    if (c > 0) {
      // looking back: "20 April" in an article weeks on recalls a landmark; "Tuesday" is the week's own news
      return s.spelled().contains(mentioned) ? w.later() * w.spelled() : w.later();
    }
    return c == 0 ? w.sameDay() : w.earlier();
  }
}
