package org.dyad.extract.html;

import org.jsoup.nodes.Element;

/** Share of an element's text that sits inside links: menus and link lists are near 1, prose near 0. */
final class LinkDensity {
  private LinkDensity() {}

  /** Link characters over all characters, 0 for an element without text. */
  static double of(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += a.text().length();
    }
    return Math.min(1, linked / (double) all);
  }
}
