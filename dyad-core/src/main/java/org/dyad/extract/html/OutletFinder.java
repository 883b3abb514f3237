package org.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;

/** Names the outlet: og:site_name, then the JSON-LD publisher, then the known-domain list. */
final class OutletFinder {
  private final Rules rules;

  OutletFinder(Rules rules) {
    this.rules = rules;
  }

  /** The outlet's name, or null when the page and its domain name none. */
  String find(Document doc, JsonLd ld, String url) {
    String host = host(url);
    String name = usable(Meta.social(doc, "site_name"), host);
    name = name != null ? name : usable(publisher(ld), host);
    name = name != null ? name : usable(Meta.get(doc, "name", "application-name"), host);
    return name != null ? name : known(url);
  }

  private static String publisher(JsonLd ld) {
    JsonNode article = ld.article();
    JsonNode publisher = article == null ? null : article.get("publisher");
    if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    return publisher == null ? null : publisher.isTextual() ? publisher.asText() : JsonLd.text(publisher, "name");
  }

  /** The outlet of the first known domain that {@code url}'s host ends with, or null. */
  String known(String url) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    for (Map.Entry<String, String> e : rules.outlets.entrySet()) {
      if (host.equals(e.getKey()) || host.endsWith("." + e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  // "Site | tagline" and "Section | Site" keep the part the host names, else the first; URLs are no names
  static String usable(String name, String host) {
    if (name == null || name.length() > 80 || name.startsWith("http")) {
      return null;
    }
    String[] parts = name.split("\\s+[|–—-]\\s+|\\s*\\|\\s*");
    String hostKey = host == null ? "" : TitleFinder.key(host);
    for (String part : parts) {
      String key = TitleFinder.key(part);
      if (key.length() >= 3 && hostKey.contains(key)) {
        return part.strip();
      }
    }
    return parts[0].isBlank() ? null : parts[0].strip();
  }

  static String host(String url) {
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
