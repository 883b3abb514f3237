package org.dyad.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Recovers a standfirst that sits outside the body container: when the page's description is
 * printed on the page before the body and the body lacks it, it is the article's lead paragraph.
 */
final class LeadFinder {
  // shorter descriptions are slogans or teasers, not leads
  private static final int MIN_WEIGHT = 80;

  private LeadFinder() {}

  /** The page's description as printed on the cleaned page, or null. */
  static String description(Document doc) {
    String d = Meta.social(doc, "description");
    return d != null ? d : Meta.get(doc, "name", "description");
  }

  /** {@code body} with the printed description put first when it is missing; otherwise {@code body}. */
  static List<Paragraph> withLead(Document cleaned, String description, List<Paragraph> body) {
    if (description == null || Texts.weight(description) < MIN_WEIGHT || body.isEmpty()) {
      return body;
    }
    String key = TitleFinder.key(description);
    boolean present = body.stream().limit(3).anyMatch(p -> TitleFinder.key(p.text()).contains(key));
    if (present || !printed(cleaned, key)) {
      return body;
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(new Paragraph(description, 0, "text")),
        body.stream()).toList();
  }

  private static boolean printed(Document doc, String key) {
    boolean[] found = {false};
    Element root = doc.body();
    if (root == null) {
      return false;
    }
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (!found[0] && node instanceof TextNode t && t.text().length() * 10 >= key.length() * 8) {
        found[0] = TitleFinder.key(t.text()).equals(key);
      }
    }, root);
    return found[0];
  }
}
