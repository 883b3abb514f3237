package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Removes what is never article text: scripts, forms, menus, hidden elements and marked furniture. */
final class PageCleaner {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "canvas", "object", "embed", "button", "select", "input", "textarea", "label", "nav", "aside",
      "footer", "figure", "figcaption", "picture", "video", "audio", "dialog", "menu", "header");
  private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final Boilerplate boilerplate;

  PageCleaner(Rules rules) {
    this.boilerplate = new Boilerplate(rules);
  }

  /** Cleans {@code doc} in place; the {@code kept} containers and their ancestors stay. */
  void clean(Document doc, List<Element> kept) {
    removeComments(doc);
    if (doc.body() == null) {
      return;
    }
    Set<Element> protectedSet = protectedSet(kept);
    int pageChars = paragraphChars(doc.body());
    List<Element> all = doc.body().getAllElements();
    Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : all.subList(1, all.size())) {
      if (removed.contains(e.parent())) {
        removed.add(e); // inside an element already gone
      } else if (!protectedSet.contains(e) && doomed(e, pageChars)) {
        removed.add(e);
        e.remove();
      }
    }
  }

  private boolean doomed(Element e, int pageChars) {
    if (NEVER_TEXT.contains(e.normalName()) || hoverCard(e)) {
      return true;
    }
    // a furniture class on a wrapper holding most of the page's paragraphs is a layout name
    // an embedded post (tweet, Instagram) sits in a "social" box but quotes what the article reports
    return (hidden(e) || boilerplate.marked(e) && !embeddedPost(e)) && paragraphChars(e) * 2 <= pageChars;
  }

  private static Set<Element> protectedSet(List<Element> kept) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : kept) {
      set.add(e);
      set.addAll(e.parents());
    }
    return set;
  }

  static int paragraphChars(Element root) {
    int chars = 0;
    for (Element p : root.getElementsByTag("p")) {
      chars += p.text().length();
    }
    return chars;
  }

  // a span inside a paragraph that holds a picture and a list of links is a tooltip card shown on hover
  private static boolean hoverCard(Element e) {
    return e.nameIs("span") && e.ownText().isBlank() && e.children().stream().noneMatch(c -> c.nameIs("a"))
        && e.closest("p") != null && e.selectFirst("img") != null && e.getElementsByTag("a").size() >= 3;
  }

  private static boolean embeddedPost(Element e) {
    return e.selectFirst("blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed") != null;
  }

  private static boolean hidden(Element e) {
    return e.hasAttr("hidden") || HIDDEN.matcher(e.attr("style")).find();
  }

  private static void removeComments(Document doc) {
    List<Node> comments = new ArrayList<>();
    doc.traverse((node, depth) -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    });
    comments.forEach(Node::remove);
  }
}
