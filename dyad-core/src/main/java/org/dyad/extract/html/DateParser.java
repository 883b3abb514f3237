package org.dyad.extract.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date formats pages use (ISO 8601 in markup, "March 25, 2016" and kin in text) into ISO strings. */
final class DateParser {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})[./](\\d{1,2})[./](\\d{1,2})\\b");
  private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {}

  /** A machine-readable date (ISO 8601, as in meta tags and JSON-LD) as ISO text, or null. */
  static String iso(String value) {
    Matcher m = value == null ? null : ISO.matcher(value.strip());
    if (m == null || !m.lookingAt()) {
      return null;
    }
    LocalDate date = date(m.group(1), m.group(2), m.group(3));
    if (date == null || m.group(4) == null) {
      return date == null ? null : date.toString();
    }
    LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    return m.group(7) == null ? time.toString() : withOffset(time, m.group(7));
  }

  /** A date written in prose ("Nov. 18, 2019", "18 November 2019", "2019年11月18日"), or null. */
  static String text(String value) {
    return text(value, false);
  }

  /** As {@link #text(String)}; {@code monthFirst} reads an ambiguous 05/10/2018 the US way. */
  static String text(String value, boolean monthFirst) {
    if (value == null) {
      return null;
    }
    String named = namedMonth(value);
    return named != null ? named : numeric(value, monthFirst);
  }

  private static String namedMonth(String value) {
    Matcher m = MONTH_FIRST.matcher(value);
    if (m.find() && month(m.group(1)) > 0) {
      return string(date(m.group(3), month(m.group(1)), m.group(2)));
    }
    m = DAY_FIRST.matcher(value);
    return m.find() && month(m.group(2)) > 0 ? string(date(m.group(3), month(m.group(2)), m.group(1))) : null;
  }

  private static String numeric(String value, boolean monthFirst) {
    for (Pattern p : new Pattern[] {CJK, NUMERIC, ISO}) {
      Matcher m = p.matcher(value);
      if (m.find()) {
        return string(date(m.group(1), m.group(2), m.group(3)));
      }
    }
    return yearLast(value, monthFirst);
  }

  // 25/03/2016 is day-first, 03/25/2016 month-first; only 05/10/2018 needs the page's locale
  private static String yearLast(String value, boolean monthFirst) {
    Matcher m = NUMERIC_YEAR_LAST.matcher(value);
    if (!m.find()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    boolean dayFirst = a > 12 || (b <= 12 && !monthFirst);
    return string(dayFirst ? date(m.group(3), b, m.group(1)) : date(m.group(3), a, m.group(2)));
  }

  /** The date of year, month and day given as text, or null when not a plausible publication date. */
  static LocalDate date(String year, Object month, String day) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.toString()), Integer.parseInt(day));
      // the web's news starts in the 1990s; a date far in the future is a typo or an event date
      return d.getYear() < 1990 || d.isAfter(LocalDate.now().plusDays(2)) ? null : d;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String withOffset(LocalDateTime time, String offset) {
    try {
      String normal = offset.equals("Z") ? "+00:00" : offset.length() == 5
          ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
      return OffsetDateTime.of(time, java.time.ZoneOffset.of(normal)).toString();
    } catch (java.time.DateTimeException e) {
      return time.toString();
    }
  }

  private static int month(String name) {
    String key = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
    return MONTHS.getOrDefault(key, 0);
  }

  private static String string(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
