package org.dyad.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Publication dates a reader sees on the page: date and byline elements, the line under the headline. */
final class VisibleDates {
  // a masthead's clock shows the day the page was fetched, not the article's: <div class="today">, "current-date"
  private static final Pattern CLOCK = Pattern.compile("today|current-?date|date-?today|fecha-?hoy|heute",
      Pattern.CASE_INSENSITIVE);
  private static final String DATE_ELEMENTS = "[class~=(?i)(date|time|publish|posted|byline|meta|dateline)], "
      + "[id~=(?i)(date|time|publish)]";

  private VisibleDates() {}

  // date and byline elements first; then any short line of text that holds a date
  /** The first date in a date or byline element outside the masthead, else in a short line from the headline on. */
  static String find(Document doc) {
    boolean monthFirst = doc.selectFirst("html[lang~=(?i)^en(-us)?$]") != null;
    for (Element e : doc.select(DATE_ELEMENTS)) {
      String value = inMasthead(e) ? null : dateIn(e.text(), 200, monthFirst);
      if (value != null) {
        return value;
      }
    }
    return doc.body() == null ? null : firstShortLine(doc.body(), monthFirst);
  }

  // reading starts at the headline's block: a date in the masthead above it is today's, not the article's
  private static String firstShortLine(Element body, boolean monthFirst) {
    Element h1 = body.selectFirst("h1");
    Element headline = h1 == null || h1.parent() == body ? h1 : h1.parent();
    String[] found = {null};
    boolean[] started = {headline == null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        started[0] |= node == headline;
        if (node instanceof Element e && isMasthead(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (started[0] && node instanceof TextNode t) {
          found[0] = dateIn(Texts.normalise(t.text()), 60, monthFirst);
        }
        return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
      }
    }, body);
    return found[0];
  }

  private static boolean inMasthead(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (isMasthead(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's own header or navigation (a {@code <header>} or {@code <nav>} outside the article that holds no
   * headline), or an element classed as the site's clock; a date there is today's.
   */
  private static boolean isMasthead(Element e) {
    if (CLOCK.matcher(e.className() + " " + e.id()).find()) {
      return true;
    }
    boolean banner = e.nameIs("header") || e.nameIs("nav") || e.attr("role").equals("banner");
    return banner && e.selectFirst("h1") == null && e.closest("article") == null;
  }

  private static String dateIn(String text, int maxLength, boolean monthFirst) {
    return text.length() > maxLength || DateFinder.UPDATED.matcher(text).find() ? null : DateParser.text(text, monthFirst);
  }
}
