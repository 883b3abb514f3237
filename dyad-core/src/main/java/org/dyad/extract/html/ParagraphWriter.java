package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements into paragraphs the way a browser breaks them: at block elements and line breaks. */
final class ParagraphWriter implements NodeVisitor {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
      "br", "hr", "address", "center", "header", "footer", "figure", "form", "fieldset", "details", "summary",
      "caption", "tbody", "thead");

  private static final char LINK_EDGE = '\u0001';
  private final List<Paragraph> out = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private String kind = "text";

  private ParagraphWriter() {}

  /** The paragraphs of {@code roots}, in order. */
  static List<Paragraph> write(List<Element> roots) {
    ParagraphWriter writer = new ParagraphWriter();
    for (Element root : roots) {
      NodeTraversor.traverse(writer, root);
      writer.flush();
    }
    return writer.out;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      text.append(s);
      linkChars += linkDepth > 0 ? Texts.normalise(s).length() : 0;
    } else if (node instanceof Element e) {
      if (BLOCKS.contains(e.normalName())) {
        flush();
        kind = kindOf(e);
      }
      linkDepth += e.nameIs("a") ? 1 : 0;
      text.append(e.nameIs("a") ? LINK_EDGE : "");
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      linkDepth -= e.nameIs("a") ? 1 : 0;
      text.append(e.nameIs("a") ? LINK_EDGE : "");
      if (BLOCKS.contains(e.normalName())) {
        flush();
      } else if (e.nameIs("td") || e.nameIs("th") || e.className().contains("dateline")) {
        text.append(' '); // a dateline span glued to the first word reads "MOSCOWThe"
      }
    }
  }

  private static String kindOf(Element e) {
    String name = e.normalName();
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
      return "heading";
    }
    return name.equals("li") ? "item" : "text";
  }

  // CJK text has no spaces, so a browser shows a link as its own word only by its colour; we mark it by a space
  private static String linkEdges(StringBuilder raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != LINK_EDGE) {
        out.append(c);
      } else if (i > 0 && i + 1 < raw.length() && (Texts.isWide(raw.charAt(i - 1)) || Texts.isWide(raw.charAt(i + 1)))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private void flush() {
    String normalised = Texts.normalise(linkEdges(text));
    if (!normalised.isEmpty()) {
      out.add(new Paragraph(normalised, Math.min(linkChars, normalised.length()), kind));
    }
    text.setLength(0);
    linkChars = 0;
    kind = "text";
  }
}
