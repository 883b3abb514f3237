package org.dyad.extract.html;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.extract.Extraction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article body and its metadata from one HTML page. Thread-safe. */
public final class HtmlExtractor {
  private final Rules rules = Rules.DEFAULT;
  private final ContentLocator locator = new ContentLocator(rules);
  private final PageCleaner cleaner = new PageCleaner(rules);
  private final ParagraphFilter filter = new ParagraphFilter(rules);

  /** Extracts from {@code html}; {@code url} (nullable) helps with dates and outlets. */
  public Extraction extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    JsonLd ld = JsonLd.of(doc);
    String title = TitleFinder.find(doc, ld, Meta.social(doc, "site_name"));
    List<Paragraph> body = body(doc, title);
    String text = body.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    return new Extraction(title, null, null, null, List.of(), null, text, "article", 0.5);
  }

  private List<Paragraph> body(Document doc, String title) {
    List<Element> precise = locator.find(doc, title);
    cleaner.clean(doc, precise);
    if (doc.body() == null) {
      return List.of();
    }
    List<Element> scored = new ReadabilityScorer().find(doc.body());
    List<Paragraph> fromPrecise = filter.filter(ParagraphWriter.write(precise), title);
    List<Paragraph> fromScorer = filter.filter(ParagraphWriter.write(scored), title);
    return weight(fromPrecise) * 2 >= weight(fromScorer) ? fromPrecise : fromScorer;
  }

  private static int weight(List<Paragraph> paragraphs) {
    return paragraphs.stream().mapToInt(p -> Texts.weight(p.text())).sum();
  }
}
