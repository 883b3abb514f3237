package org.dyad.extract.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: "MOSCOW, Nov. 23 (Xinhua) --" gives the place
 * "MOSCOW" and the agency "Xinhua". The text itself is left as it is.
 */
final class DatelineFinder {
  /** The dateline's place and, when named in brackets, its agency (nullable). */
  record Dateline(String place, String agency) {}

  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?)"
      + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)??"
      + "(?:,?\\s*(?:\\p{Lu}[a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
      + "\\s*(?:\\((?<agency>[^)]{2,30})\\))?"
      + "\\s*(?:--|—|–|-|:)");

  private DatelineFinder() {}

  /** The dateline at the start of {@code firstParagraph}, or null when it opens without one. */
  static Dateline find(String firstParagraph) {
    if (firstParagraph == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(firstParagraph);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place").strip();
    String agency = m.group("agency");
    // a place in capitals is a dateline; a mixed-case one only with an agency behind it
    boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() >= 2;
    if (!capitals && agency == null) {
      return null;
    }
    return new Dateline(place, agency == null ? null : agency.strip());
  }
}
