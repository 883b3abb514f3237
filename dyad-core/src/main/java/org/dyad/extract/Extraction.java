package org.dyad.extract;

import java.util.List;

/**
 * What an extractor found in one page, before the pipeline adds identity and outside hints.
 *
 * @param title the headline without the site's suffix, or {@code null}
 * @param published ISO 8601 date or date-time found in the page, or {@code null}
 * @param publishedFrom where the date came from: meta, url or text; {@code null} with no date
 * @param outlet the outlet named by the page, or {@code null}
 * @param authors author names (no "By", no site names)
 * @param dateline the dateline place ("MOSCOW"), or {@code null}
 * @param text the body, paragraphs separated by one blank line; empty when nothing was found
 * @param pageType article, index or other
 * @param confidence how sure the extractor is that {@code text} is an article body, 0..1
 */
public record Extraction(
    String title,
    String published,
    String publishedFrom,
    String outlet,
    List<String> authors,
    String dateline,
    String text,
    String pageType,
    double confidence) {

  public Extraction {
    authors = authors == null ? List.of() : List.copyOf(authors);
    text = text == null ? "" : text;
    pageType = pageType == null ? "article" : pageType;
  }
}
