package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Comment;

/** Removes what is never article text: scripts, forms, menus, hidden elements and marked furniture. */
final class PageCleaner {
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, "
      + "embed, button, select, input, textarea, label, nav, aside, footer, figure, figcaption, picture, "
      + "video, audio, dialog, menu";
  private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  static final String KEEP = "data-dyad-keep";

  private final Boilerplate boilerplate;

  PageCleaner(Rules rules) {
    this.boilerplate = new Boilerplate(rules);
  }

  /** Cleans {@code doc} in place; elements carrying {@link #KEEP} and their ancestors stay. */
  void clean(Document doc) {
    removeComments(doc);
    doc.select(NEVER_TEXT).forEach(this::removeUnlessKept);
    doc.select("header").forEach(this::removeUnlessKept);
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (e != doc.body() && (hidden(e) || boilerplate.marked(e))) {
        doomed.add(e);
      }
    }
    int pageChars = doc.body() == null ? 0 : paragraphChars(doc.body());
    doomed.forEach(e -> removeFurniture(e, pageChars));
  }

  private void removeUnlessKept(Element e) {
    if (e.parent() != null && !e.hasAttr(KEEP) && e.selectFirst("[" + KEEP + "]") == null) {
      e.remove();
    }
  }

  // a furniture class on a wrapper that holds most of the page's paragraphs is a layout name, not furniture
  private void removeFurniture(Element e, int pageParagraphChars) {
    if (e.parent() != null && paragraphChars(e) * 2 <= pageParagraphChars) {
      removeUnlessKept(e);
    }
  }

  static int paragraphChars(Element root) {
    int chars = 0;
    for (Element p : root.getElementsByTag("p")) {
      chars += p.text().length();
    }
    return chars;
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
