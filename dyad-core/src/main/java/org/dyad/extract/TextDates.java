package org.dyad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates written in a page's furniture: "Updated: 2013-02-05 07:47", "Xinhua, March 25, 2016". */
public final class TextDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String TIME = "(?:[ T,]+(?:at )?([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?"
      + "(?:\\s*([AaPp])\\.?[Mm]\\.?(?![\\p{L}]))?)?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])(?!\\d)" + TIME);
  private static final Pattern MDY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d)\\b" + TIME);
  private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? ((?:19|20)\\d\\d)\\b" + TIME);
  // US order, as in print-edition tags "(China Daily 02/05/2013 page11)"
  private static final Pattern US = Pattern.compile("(?<![\\d/])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/((?:19|20)\\d\\d)(?![\\d/])");
  private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|modified|last edited|revised)\\b");
  private static final Pattern PUBLISHED = Pattern.compile("(?i)\\b(published|posted|released|first published)\\b");

  private TextDates() {}

  /** A date found, as ISO date or date-time, and whether the page called it an update. */
  record Found(String iso, boolean updated) {}

  /** The publication date in the lines before the body, else after it; published beats updated. */
  static Found inHeader(List<String> header, List<String> footer) {
    Found found = best(header);
    return found != null ? found : best(footer);
  }

  private static Found best(List<String> lines) {
    Found updated = null;
    for (String line : lines) {
      String iso = find(line);
      if (iso != null) {
        if (!UPDATED.matcher(line).find() || PUBLISHED.matcher(line).find()) {
          return new Found(iso, false);
        }
        updated = updated == null ? new Found(iso, true) : updated;
      }
    }
    return updated;
  }

  /** True for a line that is mostly a date: "Updated: 2013-02-05 07:47", "Xinhua, March 25, 2016". */
  static boolean isDateLine(String line) {
    return find(line) != null && LineFeatures.words(line) <= 10;
  }

  /** The first plausible date in {@code s}, as ISO date or date-time, or null. */
  public static String find(String s) {
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3), hour(m.group(4), m.group(7)), m.group(5), m.group(6));
    }
    m = MDY.matcher(s);
    if (m.find()) {
      return iso(m.group(3), month(m.group(1)), m.group(2), hour(m.group(4), m.group(7)), m.group(5), m.group(6));
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return iso(m.group(3), month(m.group(2)), m.group(1), hour(m.group(4), m.group(7)), m.group(5), m.group(6));
    }
    m = US.matcher(s);
    return m.find() ? iso(m.group(3), m.group(1), m.group(2), null, null, null) : null;
  }

  /** The 24-hour hour of "1:45 PM" (12 AM is midnight, 12 PM noon); the hour as written without AM/PM. */
  private static String hour(String h, String meridiem) {
    if (h == null || meridiem == null) {
      return h;
    }
    int hour = Integer.parseInt(h);
    if (hour < 1 || hour > 12) {
      return h;
    }
    boolean pm = meridiem.equalsIgnoreCase("p");
    return String.valueOf(hour % 12 + (pm ? 12 : 0));
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    // "Sept" is the one four-letter abbreviation; every other name is known by its first three letters
    Integer m = MONTHS.get(key.equals("sept") ? key : key.substring(0, 3));
    return m == null ? null : String.valueOf(m);
  }

  private static String iso(String y, String mo, String d, String h, String mi, String s) {
    if (mo == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.getYear() < 1980 || date.getYear() > Year.now().getValue() + 1) {
        return null;
      }
      if (h == null) {
        return date.toString();
      }
      String time = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(h), mi) + (s == null ? "" : ":" + s);
      return date + "T" + time;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
