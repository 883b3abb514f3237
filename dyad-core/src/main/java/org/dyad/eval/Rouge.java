package org.dyad.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N counts between a predicted and a reference summary (Lin 2004), on {@link org.dyad.text.Terms}.
 *
 * <p>ROUGE-N recall is the number of reference n-grams the prediction contains (each counted at most as often
 * as it occurs in the prediction) over the number of reference n-grams; precision divides the same hits by the
 * number of predicted n-grams. The timeline metrics add such counts over dates before dividing, so this class
 * returns the counts, not the ratios.
 */
public final class Rouge {
  private Rouge() {}

  /**
   * Hits and sizes of one comparison.
   *
   * @param hits clipped n-gram matches
   * @param predicted number of n-grams of the prediction
   * @param reference number of n-grams of the reference
   */
  public record Counts(double hits, int predicted, int reference) {}

  /** ROUGE-{@code n} counts of analysed terms {@code predicted} against {@code reference}. */
  public static Counts counts(List<String> predicted, List<String> reference, int n) {
    Map<String, Integer> p = ngrams(predicted, n);
    Map<String, Integer> r = ngrams(reference, n);
    int hits = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      hits += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return new Counts(hits, size(predicted, n), size(reference, n));
  }

  /** ROUGE-1 F of two term lists, the cheap content similarity the alignment uses as a cost. */
  public static double f1(List<String> predicted, List<String> reference) {
    Counts c = counts(predicted, reference, 1);
    return f(ratio(c.hits(), c.predicted()), ratio(c.hits(), c.reference()));
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public static double f(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** {@code a / b}, or 0 when {@code b} is 0. */
  public static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  private static Map<String, Integer> ngrams(List<String> terms, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= terms.size(); i++) {
      out.merge(String.join(" ", terms.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static int size(List<String> terms, int n) {
    return Math.max(0, terms.size() - n + 1);
  }
}
