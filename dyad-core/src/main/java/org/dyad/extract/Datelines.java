package org.dyad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a wire dateline off the first paragraph: "MOSCOW, Nov. 23 (Xinhua) -- Russia and …". */
final class Datelines {
  // PLACE[, Region][, Mon. D[, YYYY]] [(Agency)] followed by a dash; the place is written in capitals
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu} .'’\\-]{1,38}\\p{Lu}\\.?)(?:,\\s*(?:\\p{Lu}[\\p{L}.]+\\s*){1,3})??"
          + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
          + "\\s*(?:\\(([^)]{2,40})\\))?\\s*(?:--|—|–|-|:)\\s+(?=\\S)");

  private Datelines() {}

  /** The dateline's place and agency (either may be null) and the paragraph without the dateline. */
  record Split(String place, String agency, String text) {}

  static Split split(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.group(2) == null && !m.group(0).contains("--") && !m.group(0).contains("—")) {
      return new Split(null, null, text);
    }
    String place = m.group(1).strip();
    if (place.length() < 3 || !place.equals(place.toUpperCase())) {
      return new Split(null, null, text);
    }
    return new Split(place, m.group(2) == null ? null : m.group(2).strip(), text.substring(m.end()));
  }
}
