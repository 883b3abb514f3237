package org.dyad.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dyad.model.Article;
import org.dyad.text.Terms;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;

/**
 * The articles of one timeline split into sentences, with the days they mention, the terms' IDF and the topic
 * vector (what the collection as a whole is about).
 */
final class Corpus {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  // a sentence ends at . ! ? (and closing quotes) before a capital or an opening quote
  private static final Pattern END = Pattern.compile("(?<=[.!?][\"'”’]?)\\s+(?=[\"'“‘`(]*[A-Z])");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  // an expression that names its day ("20 April", "Sept. 11", "2010-04-20", "4/20") rather than counting to it
  // from the publication date ("Tuesday", "9 p.m. Friday", "3 days ago")
  private static final Pattern SPELLED = Pattern.compile(
      "(?i:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b)|\\b\\d{4}-\\d\\d-\\d\\d\\b"
      + "|\\b\\d{1,2}/\\d{1,2}\\b");
  // words without which no date can be said; the tagger's 75 patterns only run on sentences that have one
  private static final Pattern CUE = Pattern.compile("\\d|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
      + "|(?i:day|today|tomorrow|tonight|\\bago\\b|earlier|later|morning|noon|evening|night|christmas|easter"
      + "|thanksgiving|\\beve\\b|new year|weeks?\\b|months?\\b|years?\\b|weekend)");
  // mentions further than this from the publication day are mostly misresolved or background
  private static final int MAX_YEARS = 5;

  final List<Article> articles;
  final List<LocalDate> published;
  final List<CorpusSentence> sentences;
  private final Map<String, Double> idf;
  /** Each term weighted by the number of articles that use it times its IDF: the collection's topic. */
  final Map<String, Double> topic;

  private Corpus(List<Article> articles, List<LocalDate> published, List<CorpusSentence> sentences) {
    this.articles = articles;
    this.published = published;
    this.sentences = sentences;
    this.idf = idf(sentences);
    this.topic = topic(sentences);
  }

  /** Splits and tags the articles that have a publication date; the others cannot be placed in time. */
  static Corpus of(List<Article> all) {
    List<Article> articles = all.stream().filter(a -> day(a.published()) != null).toList();
    List<LocalDate> published = articles.stream().map(a -> day(a.published())).toList();
    List<List<CorpusSentence>> parts = IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> sentences(i, articles.get(i), published.get(i))).toList();
    List<CorpusSentence> sentences = new ArrayList<>();
    parts.forEach(sentences::addAll);
    return new Corpus(articles, published, sentences);
  }

  /** The inverse document frequency of a term over sentences, log(N / df). */
  double idf(String term) {
    return idf.getOrDefault(term, idf.getOrDefault("", 1.0));
  }

  private static List<CorpusSentence> sentences(int doc, Article a, LocalDate dct) {
    List<CorpusSentence> out = new ArrayList<>();
    for (String paragraph : a.text().split("\\n\\s*\\n")) {
      for (String s : END.split(paragraph.strip())) {
        String text = Furniture.strip(s);
        if (!text.isBlank()) {
          out.add(sentence(doc, out.size(), text, dct));
        }
      }
    }
    return out;
  }

  private static CorpusSentence sentence(int doc, int position, String text, LocalDate dct) {
    List<LocalDate> mentions = new ArrayList<>();
    List<LocalDate> spelled = new ArrayList<>();
    boolean dated = false;
    for (Timex t : tags(text, dct)) {
      if (t.type().equals("DATE") || t.type().equals("TIME")) {
        dated |= Character.isDigit(t.value().charAt(0));
        LocalDate d = DAY.matcher(t.value()).find() ? day(t.value()) : null;
        if (d != null && Math.abs(d.getYear() - dct.getYear()) <= MAX_YEARS) {
          mentions.add(d);
          if (SPELLED.matcher(t.text()).find()) {
            spelled.add(d);
          }
        }
      }
    }
    return new CorpusSentence(doc, position, text, Terms.of(text), dct, List.copyOf(mentions), List.copyOf(spelled), dated);
  }

  // one sentence the tagger cannot handle must not stop a timeline; it then counts as undated
  private static List<Timex> tags(String text, LocalDate dct) {
    if (!CUE.matcher(text).find()) {
      return List.of();
    }
    try {
      return TAGGER.tag(text, dct);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The day of an ISO date or date-time, or null. */
  static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // a term most articles use is what the collection is about, unless every sentence has it (IDF near 0)
  private Map<String, Double> topic(List<CorpusSentence> sentences) {
    Map<Integer, Set<String>> perArticle = new HashMap<>();
    sentences.forEach(s -> perArticle.computeIfAbsent(s.doc(), k -> new HashSet<>()).addAll(s.terms()));
    Map<String, Double> out = new HashMap<>();
    perArticle.values().forEach(terms -> terms.forEach(t -> out.merge(t, idf(t), Double::sum)));
    return out;
  }

  private static Map<String, Double> idf(List<CorpusSentence> sentences) {
    Map<String, Integer> df = new HashMap<>();
    for (CorpusSentence s : sentences) {
      s.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    Map<String, Double> out = new HashMap<>();
    double n = sentences.size() + 1;
    df.forEach((t, f) -> out.put(t, Math.log(n / f)));
    out.put("", Math.log(n));
    return out;
  }
}
