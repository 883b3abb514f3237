package org.dyad.extract.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: an {@code <h1>} that agrees with {@code <title>} or og:title wins, then
 * og:title / JSON-LD headline, then {@code <title>} without the site's suffix or prefix.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·»•]{1,2}\\s+|\\s*[|｜]\\s*");
  private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

  private TitleFinder() {}

  /** The headline of {@code doc}, or null when the page names none. */
  static String find(Document doc, JsonLd ld, String siteName) {
    String head = Texts.normalise(doc.title());
    String social = Meta.social(doc, "title");
    if (social == null) {
      social = JsonLd.text(ld.article(), "headline");
    }
    for (Element h : doc.select("h1, h2")) {
      String text = Texts.normalise(h.text());
      if (text.length() >= 3 && (agrees(text, head) || agrees(text, social))) {
        return text;
      }
    }
    String best = social != null ? stripSite(social, siteName) : stripSite(head, siteName);
    return best == null || best.isEmpty() ? firstH1(doc) : best;
  }

  /** True when {@code headline} is (a cleaned-up part of) {@code title}. */
  static boolean agrees(String headline, String title) {
    if (title == null) {
      return false;
    }
    String h = key(headline);
    String t = key(title);
    return !h.isEmpty() && h.length() * 3 >= t.length() && t.contains(h);
  }

  /** {@code title} without a trailing or leading site name set off by a separator. */
  static String stripSite(String title, String siteName) {
    if (title == null) {
      return null;
    }
    String out = title;
    Matcher last = lastSeparator(out);
    if (last != null && siteLike(out.substring(last.end()), out.substring(0, last.start()), siteName)) {
      out = out.substring(0, last.start()).strip();
    }
    Matcher first = SEPARATOR.matcher(out);
    if (first.find() && siteName != null && key(out.substring(0, first.start())).equals(key(siteName))) {
      out = out.substring(first.end()).strip();
    }
    return out;
  }

  // a tail is the site's name when it says so, or when it is a short label after a longer headline
  private static boolean siteLike(String tail, String head, String siteName) {
    if (siteName != null && key(tail).equals(key(siteName))) {
      return true;
    }
    return Texts.words(tail) <= 4 && Texts.words(head) > Texts.words(tail);
  }

  private static Matcher lastSeparator(String title) {
    Matcher m = SEPARATOR.matcher(title);
    Matcher last = null;
    while (m.find()) {
      last = SEPARATOR.matcher(title);
      last.find(m.start());
    }
    return last;
  }

  private static String firstH1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : Texts.normalise(h1.text());
  }

  static String key(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
