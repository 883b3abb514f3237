package org.dyad.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;


/**
 * Guesses whether a page is an article, an index (a list of teasers) or other, and how sure the
 * extractor is that its text is an article body.
 */
final class PageTypeGuesser {
  /** The guess: page type and confidence in 0..1. */
  record Guess(String pageType, double confidence) {}

  // a paragraph this long is prose, not a teaser or a menu entry
  private static final int PROSE_WORDS = 15;
  // less text than a short paragraph is no article body
  private static final int MIN_WEIGHT = 150;
  private static final Pattern INDEX_PATH = Pattern.compile(
      "/(tag|tags|category|categories|section|sections|topic|topics|search|author|page)(/|$)|^/?$");

  private PageTypeGuesser() {}

  /** What the raw page declares: an article type, and how many teaser links it lists. */
  record Shape(boolean declared, int teasers) {}

  /** Reads the page's hints; call before cleaning, which removes teaser lists. */
  static Shape shape(Document doc, JsonLd ld) {
    boolean declared = ld.article() != null || "article".equalsIgnoreCase(Meta.social(doc, "type"));
    return new Shape(declared, doc.select("h2 a, h3 a, h4 a").size());
  }

  /** Weighs structured hints (og:type, JSON-LD type, URL path) against the shape of the body. */
  static Guess guess(Shape shape, List<Paragraph> body, String url) {
    long prose = body.stream().filter(p -> !p.heading() && Texts.words(p.text()) >= PROSE_WORDS).count();
    int weight = BodyExtractor.weight(body);
    boolean declared = shape.declared();
    double form = Math.min(1, prose / 3.0) * 0.6 + Math.min(1, weight / 1500.0) * 0.2;
    double confidence = weight < MIN_WEIGHT ? 0.05 : Math.min(1, form + (declared ? 0.2 : 0));
    // a list of teasers leaves little prose once the filter has dropped the cards
    if (!declared && (indexPath(url) || prose < 2) && shape.teasers() >= 8) {
      return new Guess("index", Math.min(confidence, 0.3));
    }
    return new Guess(weight < MIN_WEIGHT || prose == 0 && !declared ? "other" : "article", confidence);
  }

  private static boolean indexPath(String url) {
    try {
      String path = url == null ? "" : java.net.URI.create(url.strip()).getPath();
      return path != null && INDEX_PATH.matcher(path.toLowerCase(Locale.ROOT)).find();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
