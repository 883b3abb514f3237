package org.dyad.extract.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date formats pages use (ISO 8601 in markup, "March 25, 2016" and kin in text) into ISO strings. */
final class DateParser {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{1,2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final String MONTH = "(" + MonthNames.DEFAULT.alternation() + ")\\.?(?![\\p{L}])";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // "March 25, 2016", "Oct. 02, 2020"
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
  // "25 March 2016", "17 de marzo de 2020", "7. April 2020", "1er mars 2020", "24 نيسان / أبريل 2020"
  private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?"
      + "\\s*(?:de\\s+|of\\s+|d['’])?" + MONTH + "(?:\\s*/\\s*" + MONTH + ")?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
      FLAGS);
  // Hungarian "2020. június 4."
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<!\\d)(\\d{4})\\.\\s*" + MONTH + "\\s+(\\d{1,2})(?!\\d)", FLAGS);
  // 2020/08/18, 2020.08.18 and the Hungarian "2020. 08. 18."
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})(?:/|\\.\\s?)(\\d{1,2})(?:/|\\.\\s?)(\\d{1,2})\\b");
  private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
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

  // the earliest of the written forms in the text: a line "Posted 5 March 2020, updated March 6, 2020" is the first
  private static String namedMonth(String value) {
    Matcher first = null;
    for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST, YEAR_FIRST}) {
      Matcher m = p.matcher(value);
      if (m.find() && (first == null || m.start() < first.start())) {
        first = m;
      }
    }
    if (first == null) {
      return null;
    }
    Pattern p = first.pattern();
    if (p == MONTH_FIRST) {
      return string(date(first.group(3), month(first.group(1)), first.group(2)));
    }
    return p == DAY_FIRST ? string(date(first.group(4), month(first.group(2)), first.group(1)))
        : string(date(first.group(1), month(first.group(2)), first.group(3)));
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
    return MonthNames.DEFAULT.month(name);
  }

  private static String string(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
