package org.dyad.store;

import java.util.List;

/**
 * One page of full-text search results.
 *
 * @param query the query as given
 * @param total how many articles match in all
 * @param hits this page's hits, best first
 */
public record SearchPage(String query, long total, List<Hit> hits) {

  /**
   * One matching article.
   *
   * @param id article id
   * @param title its title, or null
   * @param heading what to show for it: the title as displayed, else the text's first sentence (never null)
   * @param published its publication date or null
   * @param outlet its outlet or null
   * @param score relevance score
   * @param snippet a passage with matches wrapped in {@code <mark>…</mark>}; all other text HTML-escaped
   */
  public record Hit(String id, String title, String heading, String published, String outlet, double score, String snippet) {}

  public SearchPage {
    hits = List.copyOf(hits);
  }
}
