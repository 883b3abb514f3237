package org.dyad.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta>} values by name, property or itemprop. */
final class Meta {
  private Meta() {}

  /** The normalised content of the first {@code <meta ATTRIBUTE=VALUE>} (case-insensitive), or null. */
  static String get(Document doc, String attribute, String value) {
    for (Element m : doc.getElementsByAttributeValue(attribute, value)) {
      if (!m.nameIs("meta") && !attribute.equals("itemprop")) {
        continue;
      }
      String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
      content = Texts.normalise(content);
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  /** The first non-null of og:VALUE, twitter:VALUE (by property or name). */
  static String social(Document doc, String value) {
    String[][] keys = {{"property", "og:" + value}, {"name", "og:" + value}, {"name", "twitter:" + value},
        {"property", "twitter:" + value}};
    for (String[] key : keys) {
      String v = get(doc, key[0], key[1]);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
