package org.dyad.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.eval.TimelineEval.Prf;
import org.dyad.eval.TimelineEval.Scores;
import org.dyad.text.Terms;

/**
 * Alignment-based ROUGE ("align+ m:1") and date F1 of a predicted timeline against one reference timeline.
 *
 * <p>From Martschat &amp; Markert (2017), "Improving ROUGE for Timeline Summarization", EACL, as news-tls
 * (Ghalandari &amp; Ifrim 2020) reports it. Each predicted date is aligned to the reference date of least cost,
 * and independently each reference date to the predicted date of least cost (many-to-one); the cost of a pair
 * is {@code (1 - 1/(1+|Δdays|)) * (1 - ROUGE-1 F of the two daily summaries)}, so a same-day pair costs 0 and
 * content breaks ties between distant dates. Precision sums, over predicted dates, the ROUGE-N hits against the
 * aligned reference summary weighted by {@code 1/(1+|Δdays|)}, and divides by the predicted n-grams; recall
 * does the same over reference dates and divides by the reference n-grams. An empty side scores 0. Date F1 is
 * the F1 of the two sets of dates. Text is analysed by {@link Terms}.
 */
final class TimelineMetric {
  private TimelineMetric() {}

  /** Scores {@code predicted} against {@code reference}; both map a date to its sentences. */
  static Scores score(SortedMap<LocalDate, List<String>> predicted,
      SortedMap<LocalDate, List<String>> reference) {
    SortedMap<LocalDate, List<String>> p = analysed(predicted);
    SortedMap<LocalDate, List<String>> r = analysed(reference);
    Map<LocalDate, LocalDate> pToR = align(p, r);
    Map<LocalDate, LocalDate> rToP = align(r, p);
    Prf dates = dates(p.keySet(), r.keySet());
    return new Scores(rouge(p, r, pToR, rToP, 1), rouge(p, r, pToR, rToP, 2), dates);
  }

  private static Prf rouge(SortedMap<LocalDate, List<String>> p, SortedMap<LocalDate, List<String>> r,
      Map<LocalDate, LocalDate> pToR, Map<LocalDate, LocalDate> rToP, int n) {
    double[] precision = side(p, r, pToR, n, true);
    double[] recall = side(r, p, rToP, n, false);
    return Prf.of(Rouge.ratio(precision[0], precision[1]), Rouge.ratio(recall[0], recall[1]));
  }

  /** Weighted hits and n-gram total over the dates of {@code own}, each against its aligned date in {@code other}. */
  private static double[] side(SortedMap<LocalDate, List<String>> own, SortedMap<LocalDate, List<String>> other,
      Map<LocalDate, LocalDate> aligned, int n, boolean predicted) {
    double[] out = new double[2];
    for (Map.Entry<LocalDate, List<String>> e : own.entrySet()) {
      LocalDate match = aligned.get(e.getKey());
      List<String> theirs = match == null ? List.of() : other.get(match);
      Rouge.Counts c = predicted ? Rouge.counts(e.getValue(), theirs, n) : Rouge.counts(theirs, e.getValue(), n);
      out[0] += weight(e.getKey(), match) * c.hits();
      out[1] += predicted ? c.predicted() : c.reference();
    }
    return out;
  }

  /** Each date of {@code from} to the date of {@code to} of least cost (the earliest on ties). */
  private static Map<LocalDate, LocalDate> align(SortedMap<LocalDate, List<String>> from,
      SortedMap<LocalDate, List<String>> to) {
    Map<LocalDate, LocalDate> out = new TreeMap<>();
    for (Map.Entry<LocalDate, List<String>> a : from.entrySet()) {
      double best = Double.MAX_VALUE;
      for (Map.Entry<LocalDate, List<String>> b : to.entrySet()) {
        double cost = (1 - weight(a.getKey(), b.getKey())) * (1 - Rouge.f1(a.getValue(), b.getValue()));
        if (cost < best) {
          best = cost;
          out.put(a.getKey(), b.getKey());
        }
      }
    }
    return out;
  }

  static double weight(LocalDate a, LocalDate b) {
    return b == null ? 0 : 1.0 / (1 + Math.abs(ChronoUnit.DAYS.between(a, b)));
  }

  private static Prf dates(Set<LocalDate> predicted, Set<LocalDate> reference) {
    Set<LocalDate> both = new HashSet<>(predicted);
    both.retainAll(reference);
    return Prf.of(Rouge.ratio(both.size(), predicted.size()), Rouge.ratio(both.size(), reference.size()));
  }

  private static SortedMap<LocalDate, List<String>> analysed(SortedMap<LocalDate, List<String>> timeline) {
    SortedMap<LocalDate, List<String>> out = new TreeMap<>();
    timeline.forEach((date, sentences) -> {
      List<String> terms = new ArrayList<>();
      sentences.forEach(s -> terms.addAll(Terms.of(s)));
      out.put(date, terms);
    });
    return out;
  }
}
