package org.dyad.extract.html;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.extract.Extraction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts the article body and its metadata from one HTML page. Thread-safe. */
public final class HtmlExtractor {
  private final Rules rules = Rules.DEFAULT;
  private final BodyExtractor bodies = new BodyExtractor(rules);

  /** Extracts from {@code html}; {@code url} (nullable) helps with dates and outlets. */
  public Extraction extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    JsonLd ld = JsonLd.of(doc);
    String title = TitleFinder.find(doc, ld, Meta.social(doc, "site_name"));
    List<Paragraph> body = bodies.extract(doc, title, ld);
    String text = body.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    return new Extraction(title, null, null, null, List.of(), null, text, "article", 0.5);
  }
}
