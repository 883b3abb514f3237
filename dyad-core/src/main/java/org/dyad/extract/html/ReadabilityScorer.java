package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body by where the prose sits: every paragraph votes for its parent and
 * grandparent by its length and commas, the best-voted element wins, discounted by link density.
 */
final class ReadabilityScorer {
  private static final String PARAGRAPHS = "p, pre, blockquote, td";
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td");

  /** The winning element and the siblings that carry prose too, in document order; empty without prose. */
  List<Element> find(Element body) {
    Map<Element, Double> votes = vote(body);
    Element best = null;
    double bestScore = 0;
    // link density is costly; only the best-voted few can win anyway
    List<Map.Entry<Element, Double>> top = votes.entrySet().stream()
        .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(8).toList();
    for (Map.Entry<Element, Double> e : top) {
      double score = e.getValue() * (1 - LinkDensity.of(e.getKey()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best == null ? List.of() : withSiblings(best, votes, bestScore);
  }

  private static Map<Element, Double> vote(Element body) {
    Map<Element, Double> votes = new IdentityHashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      if (p.parent() != null) {
        double score = score(p.text());
        addVote(votes, p.parent(), score);
        addVote(votes, p.parent().parent(), score / 2);
      }
    }
    // text set straight into a div or span between <br>s votes for that element itself
    for (Element e : body.getAllElements()) {
      if (!PARAGRAPH_TAGS.contains(e.normalName()) && Texts.weight(e.ownText()) >= 80) {
        double score = score(e.ownText());
        addVote(votes, e, score);
        addVote(votes, e.parent(), score / 2);
      }
    }
    return votes;
  }

  private static double score(String text) {
    int weight = Texts.weight(text);
    return weight < 25 ? 0 : 1 + commas(text) + Math.min(weight / 100.0, 3);
  }

  private static void addVote(Map<Element, Double> votes, Element e, double score) {
    if (e != null && score > 0 && !e.nameIs("body") && !e.nameIs("html")) {
      votes.merge(e, score, Double::sum);
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c == ',' || c == '，' || c == '、' ? 1 : 0;
    }
    return n;
  }

  // siblings with a good share of the winner's votes, or plain long paragraphs, belong to the body
  private static List<Element> withSiblings(Element best, Map<Element, Double> votes, double bestScore) {
    if (best.parent() == null) {
      return List.of(best);
    }
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : best.parent().children()) {
      if (sibling == best || proseParagraph(sibling) || goodShare(sibling, votes, threshold)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean goodShare(Element sibling, Map<Element, Double> votes, double threshold) {
    double vote = votes.getOrDefault(sibling, 0.0);
    return vote >= threshold && vote * (1 - LinkDensity.of(sibling)) >= threshold;
  }

  private static boolean proseParagraph(Element e) {
    String text = e.text();
    return e.nameIs("p") && Texts.weight(text) >= 80 && LinkDensity.of(e) < 0.25;
  }
}
