package org.dyad.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate articles (wire copy reprinted with small edits) by MinHash over word 5-gram shingles, with
 * locality-sensitive hashing so each new article is compared only with likely candidates. Exact reprints share
 * an article id already; this finds the edited ones. Not thread-safe.
 */
public final class Reprints {
  /** Estimated shingle Jaccard above which two texts are the same wire story lightly edited. */
  public static final double SIMILARITY = 0.7;
  private static final int HASHES = 64;
  private static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 5;
  private final double threshold;
  private final Map<String, int[]> signatures = new HashMap<>();
  private final Map<String, List<String>> buckets = new HashMap<>();

  /** A detector that calls two articles reprints when their estimated shingle Jaccard is at least {@code threshold}. */
  public Reprints(double threshold) {
    this.threshold = threshold;
  }

  /** The detector every ingest uses: reprints at {@link #SIMILARITY}. */
  public static Reprints standard() {
    return new Reprints(SIMILARITY);
  }

  /** The id of an earlier article {@code text} is a reprint of, or null; then remembers this article. */
  public String add(String id, String text) {
    return add(id, signature(text));
  }

  /**
   * As {@link #add(String, String)} for an article whose {@link #signature} was computed elsewhere (a cluster job
   * computes them in parallel, then adds them in reading order); a null signature finds and remembers nothing.
   */
  public String add(String id, int[] sig) {
    if (sig == null) {
      return null;
    }
    String best = null;
    double bestSim = threshold;
    for (String other : candidates(sig)) {
      double sim = similarity(sig, signatures.get(other));
      if (!other.equals(id) && sim >= bestSim) {
        best = other;
        bestSim = sim;
      }
    }
    remember(id, sig);
    return best;
  }

  /**
   * Remembers an article stored earlier without comparing it: a caller that keeps signatures elsewhere gives back
   * those sharing a band with the texts to come, in the order they were added, and gets the answers of one
   * detector that saw everything.
   */
  public void remember(String id, int[] sig) {
    signatures.put(id, sig);
    for (String band : bands(sig)) {
      buckets.computeIfAbsent(band, k -> new ArrayList<>()).add(id);
    }
  }

  /** The locality-sensitive band keys of a signature: texts that share none are never compared. */
  public static List<String> bands(int[] sig) {
    List<String> out = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      out.add(band(sig, b));
    }
    return out;
  }

  private Set<String> candidates(int[] sig) {
    Set<String> out = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      out.addAll(buckets.getOrDefault(band(sig, b), List.of()));
    }
    return out;
  }

  private static String band(int[] sig, int b) {
    StringBuilder s = new StringBuilder().append(b).append(':');
    for (int r = 0; r < ROWS; r++) {
      s.append(sig[b * ROWS + r]).append(',');
    }
    return s.toString();
  }

  /** Estimated Jaccard similarity: the share of equal minimum hashes. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return same / (double) a.length;
  }

  /** The MinHash signature of the text's shingles; null for texts too short to shingle. */
  public static int[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>();
    for (String x : words) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    if (w.size() < SHINGLE) {
      return null;
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      int h = String.join(" ", w.subList(i, i + SHINGLE)).hashCode();
      for (int k = 0; k < HASHES; k++) {
        sig[k] = Math.min(sig[k], mix(h, k));
      }
    }
    return sig;
  }

  /** The k-th hash function: a seeded integer mix (MurmurHash3's finaliser constants). */
  private static int mix(int h, int k) {
    int x = h ^ (0x9E3779B9 * (k + 1));
    x ^= x >>> 16;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    x ^= x >>> 16;
    return x;
  }
}
