package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the sentences that say what happened on a day: those that mention the day, and undated lead sentences
 * of the articles published that day or the next, ranked by closeness to their TF-IDF centroid (the sentence
 * most like the others says what most of them say), skipping near repeats of a sentence already taken.
 *
 * <p>Centrality is weighed by three things that make a sentence a good timeline entry whatever the day's other
 * sentences: it names the day, it has about the length of a timeline entry, and it speaks of what the whole
 * collection is about (a query-free stand-in for the topic keywords news-tls filters by).
 */
final class SentencePicker {
  // a live blog's or a comment's time stamp ("10:29 p.m. local :", "At 18:49 2nd Jul 2009 , X wrote :") or a
  // video's length ("-LRB- 1:14 -RRB-"): page furniture, not a timeline entry
  private static final Pattern STAMP = Pattern.compile("^\\W*(?:[Aa]t\\s+)?\\d{1,2}:\\d\\d\\b"
      + "|\\b\\d{1,2}:\\d\\d\\b.{0,25}?\\s:\\s|\\bwrote\\s*:|(?:-LRB-|\\()\\s*\\d{1,2}:\\d\\d\\s*(?:-RRB-|\\))");
  private final Corpus corpus;
  private final Weights w;
  private final Map<LocalDate, List<CorpusSentence>> mentioning = new HashMap<>();
  private final Map<LocalDate, List<CorpusSentence>> published = new HashMap<>();

  SentencePicker(Corpus corpus, Weights w) {
    this.corpus = corpus;
    this.w = w;
    for (CorpusSentence s : corpus.sentences) {
      if (s.terms().size() < w.minTerms() || s.terms().size() > w.maxTerms() || !entry(s.text())) {
        continue;
      }
      if (s.position() < w.mentionLead()) {
        s.mentions().stream().distinct().forEach(d -> mentioning.computeIfAbsent(d, k -> new ArrayList<>()).add(s));
      }
      if (!s.dated() && s.position() < w.lead()) {
        published.computeIfAbsent(s.published(), k -> new ArrayList<>()).add(s);
        published.computeIfAbsent(s.published().minusDays(1), k -> new ArrayList<>()).add(s);
      }
    }
  }

  /** Whether a sentence can stand as an entry: not a live blog's or a comment's time stamp, nor a video's length. */
  static boolean entry(String text) {
    return !STAMP.matcher(text).find();
  }

  /** Up to {@code k} sentences for {@code day}, best first; empty when nothing speaks of it. */
  List<CorpusSentence> pick(LocalDate day, int k) {
    List<CorpusSentence> candidates = new ArrayList<>(mentioning.getOrDefault(day, List.of()));
    candidates.addAll(published.getOrDefault(day, List.of()));
    Map<CorpusSentence, Map<String, Double>> vectors = new HashMap<>();
    candidates.forEach(s -> vectors.put(s, vector(s)));
    rankByCentrality(candidates, vectors, day);
    List<CorpusSentence> out = new ArrayList<>();
    for (CorpusSentence s : candidates) {
      boolean repeat = out.stream().anyMatch(o -> cosine(vectors.get(o), vectors.get(s)) > w.redundant());
      if (out.size() < k && !repeat) {
        out.add(s);
      }
    }
    return out;
  }

  private void rankByCentrality(List<CorpusSentence> candidates, Map<CorpusSentence, Map<String, Double>> vectors,
      LocalDate day) {
    Map<String, Double> centroid = new HashMap<>();
    vectors.values().forEach(v -> v.forEach((t, x) -> centroid.merge(t, x, Double::sum)));
    Map<CorpusSentence, Double> score = new HashMap<>();
    candidates.forEach(s -> score.put(s, cosine(vectors.get(s), centroid) * fitness(s, day, vectors.get(s))));
    candidates.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
  }

  /** How fit {@code s} is as an entry for {@code day}, apart from its centrality: naming, length, relevance. */
  double fitness(CorpusSentence s, LocalDate day, Map<String, Double> vector) {
    double named = s.mentions().contains(day) ? w.mentionBonus() : 1;
    double relevance = Math.pow(cosine(vector, corpus.topic), w.relevance());
    return named * lengthFit(s.terms().size(), w.targetTerms()) * relevance;
  }

  /** 1 at the target length, falling in proportion either side: min(n / target, target / n). */
  static double lengthFit(int terms, int target) {
    return Math.min(terms / (double) target, target / (double) Math.max(1, terms));
  }

  Map<String, Double> vector(CorpusSentence s) {
    Map<String, Double> v = new HashMap<>();
    s.terms().forEach(t -> v.merge(t, corpus.idf(t), Double::sum));
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norm = Math.sqrt(norm2(a) * norm2(b));
    return norm == 0 ? 0 : dot / norm;
  }

  private static double norm2(Map<String, Double> v) {
    double n = 0;
    for (double x : v.values()) {
      n += x * x;
    }
    return n;
  }
}
