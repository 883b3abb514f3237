package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/** Finds the known article-body containers of a page, most precise selector first. */
final class ContentLocator {
  // a container with less text than this is a teaser or an empty template slot
  private static final int MIN_WEIGHT = 200;
  private final Rules rules;

  ContentLocator(Rules rules) {
    this.rules = rules;
  }

  /** The containers of the first selector that matches enough text; empty when none does. */
  List<Element> find(Document doc, String title) {
    for (Evaluator selector : rules.containers) {
      List<Element> all = outermost(doc.select(selector));
      List<Element> found = all.stream().filter(e -> Texts.weight(e.text()) >= MIN_WEIGHT).toList();
      if (!found.isEmpty()) {
        Element titled = all.size() > 1 ? titled(all, title) : null;
        return titled != null ? List.of(titled) : withSiblings(dominant(found), all);
      }
    }
    return List.of();
  }

  // on a page of several posts, the one under the page's own headline is the article
  private static Element titled(List<Element> all, String title) {
    if (title == null) {
      return null;
    }
    for (Element e : all) {
      for (Element h : e.select("h1, h2")) {
        if (TitleFinder.agrees(Texts.normalise(h.text()), title) && Texts.weight(e.text()) >= MIN_WEIGHT / 2) {
          return e;
        }
      }
    }
    return null;
  }

  // one container that holds most of the text is the body; several comparable ones are a split body
  private static List<Element> dominant(List<Element> found) {
    Element largest = found.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
    int total = found.stream().mapToInt(e -> e.text().length()).sum();
    return largest.text().length() * 10 >= total * 7 ? List.of(largest) : found;
  }

  // matches under the same parent are parts of one body: a short lead paragraph, a body split by ads
  private static List<Element> withSiblings(List<Element> chosen, List<Element> all) {
    return all.stream().filter(e -> chosen.stream().anyMatch(c -> c == e || c.parent() == e.parent())).toList();
  }

  private static List<Element> outermost(Elements matches) {
    List<Element> out = new ArrayList<>();
    for (Element e : matches) {
      if (out.stream().noneMatch(o -> e.parents().contains(o))) {
        out.add(e);
      }
    }
    return out;
  }
}
