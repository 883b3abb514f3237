package org.dyad.model;

import java.util.List;
import org.dyad.util.Validate;

/**
 * A clean news article: the body without boilerplate and its metadata, as in the contract's Article JSON.
 *
 * @param id stable hash of the cleaned text (a reprint of the same story gets the same id)
 * @param sourcePath the file (or file plus record) the article came from
 * @param url the page address when known, else {@code null}
 * @param title the headline, without the site's suffix
 * @param published ISO 8601 date or date-time, {@code null} when unknown — never invented
 * @param publishedFrom where {@code published} came from: meta, url, text, filename, user, or {@code null}
 * @param outlet the publishing outlet ("Xinhua"), or {@code null}
 * @param authors author names, no "By", no site names; empty when none
 * @param dateline the dateline place ("MOSCOW"), or {@code null}
 * @param language ISO 639-1 language code
 * @param text the body; paragraphs separated by one blank line
 * @param pageType extractor's guess: article, index or other
 * @param confidence how sure the extractor is that {@code text} is the article, 0..1
 * @param reflowed true when the input was hard-wrapped plain text whose lines dyad joined into paragraphs
 * @param titleDisplay the title for display: an upper-case wire headline in title case, else the title
 */
public record Article(
    String id,
    String sourcePath,
    String url,
    String title,
    String published,
    String publishedFrom,
    String outlet,
    List<String> authors,
    String dateline,
    String language,
    String text,
    String pageType,
    double confidence,
    boolean reflowed,
    String titleDisplay) {

  public Article {
    Validate.notNull(id, "id");
    Validate.notNull(sourcePath, "sourcePath");
    Validate.notNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
    if (published == null && publishedFrom != null) {
      throw new IllegalArgumentException("publishedFrom '" + publishedFrom + "' given without a published date");
    }
    titleDisplay = titleDisplay == null ? title : titleDisplay;
  }

  /** An article from text that was not reflowed, its title displayed as written. */
  public Article(String id, String sourcePath, String url, String title, String published, String publishedFrom,
      String outlet, List<String> authors, String dateline, String language, String text, String pageType,
      double confidence) {
    this(id, sourcePath, url, title, published, publishedFrom, outlet, authors, dateline, language, text, pageType,
        confidence, false, null);
  }
}
