package org.dyad.app.service;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.store.SearchPage;
import org.dyad.store.Store;

/** The articles of a store, all of them or those a full-text query finds, read a page at a time. */
public final class Articles {
  private static final int PAGE = 1000;
  private static final int SEARCH_PAGE = 500;

  private Articles() {}

  /** Every article of a store. */
  public static List<Article> all(Store store) {
    List<Article> out = new ArrayList<>();
    for (List<Article> page = store.articles(0, PAGE); !page.isEmpty(); page = store.articles(out.size(), PAGE)) {
      out.addAll(page);
    }
    return out;
  }

  /** Every article that the Lucene query {@code query} finds, best first. */
  public static List<Article> matching(Store store, String query) {
    List<Article> out = new ArrayList<>();
    SearchPage page = store.search(query, 0, SEARCH_PAGE);
    for (int offset = 0; !page.hits().isEmpty(); page = store.search(query, offset, SEARCH_PAGE)) {
      page.hits().forEach(h -> store.article(h.id()).ifPresent(out::add));
      offset += page.hits().size();
    }
    return out;
  }

  /** The first {@code max} articles that the Lucene query {@code query} finds, best first, in one search. */
  public static List<Article> firstMatching(Store store, String query, int max) {
    List<Article> out = new ArrayList<>();
    store.search(query, 0, max).hits().forEach(h -> store.article(h.id()).ifPresent(out::add));
    return out;
  }
}
