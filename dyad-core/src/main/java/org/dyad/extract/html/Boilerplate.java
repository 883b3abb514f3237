package org.dyad.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Decides from its class and id whether an element is page furniture (share bars, ads, menus). */
final class Boilerplate {
  private final Rules rules;

  Boilerplate(Rules rules) {
    this.rules = rules;
  }

  /** True when a class token or the id of {@code element} names a furniture family. */
  boolean marked(Element element) {
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    for (String token : names.split("\\s+")) {
      if (!token.isEmpty() && furniture(token)) {
        return true;
      }
    }
    return false;
  }

  private boolean furniture(String token) {
    for (String part : rules.boilerplateParts) {
      if (token.contains(part)) {
        return true;
      }
    }
    for (String segment : token.split("[-_]+")) {
      if (rules.boilerplateWords.contains(segment)) {
        return true;
      }
    }
    return false;
  }
}
