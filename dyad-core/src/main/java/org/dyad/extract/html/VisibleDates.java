package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * The first date in a date or byline element from the headline's block on, else in a short line from there on,
   * else in a date element above the headline; elements in the masthead or marked as updates are skipped.
   */
  static String find(Document doc) {
    boolean monthFirst = doc.selectFirst("html[lang~=(?i)^en(-us)?$]") != null;
    Element headline = doc.body() == null ? null : headlineBlock(doc.body());
    List<Element> after = new ArrayList<>();
    List<Element> before = new ArrayList<>();
    boolean[] started = {headline == null};
    // a date element above the headline belongs to a sidebar, a teaser or the masthead more often than to the article
    for (Element e : doc.getAllElements()) {
      started[0] |= e == headline;
      if (e.is(DATE_ELEMENTS) && !inMasthead(e) && !isUpdate(e)) {
        (started[0] ? after : before).add(e);
      }
    }
    String value = firstIn(after, monthFirst);
    value = value != null || doc.body() == null ? value : firstShortLine(doc.body(), headline, monthFirst);
    return value != null ? value : firstIn(before, monthFirst);
  }

  private static String firstIn(List<Element> elements, boolean monthFirst) {
    for (Element e : elements) {
      String value = dateIn(e.text(), 200, monthFirst);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  // the headline's parent, so that a date line just above the <h1> in the same block still counts
  private static Element headlineBlock(Element body) {
    Element h1 = body.selectFirst("h1");
    return h1 == null || h1.parent() == body ? h1 : h1.parent();
  }

  // reading starts at the headline's block: a date in the masthead above it is today's, not the article's
  private static String firstShortLine(Element body, Element headline, boolean monthFirst) {
    String[] found = {null};
    boolean[] started = {headline == null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        started[0] |= node == headline;
        if (node instanceof Element e && (isMasthead(e) || isUpdate(e))) {
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

  // <span class="updated">: the time of a later edit
  private static boolean isUpdate(Element e) {
    return DateFinder.UPDATED.matcher(e.className()).find();
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
