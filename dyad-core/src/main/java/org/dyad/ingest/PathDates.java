package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates written in file paths: ".../2011-04-22/17.htm.txt", ".../2011/04/22/story.html". */
final class PathDates {
  // the last date-like run in the path wins: folders are usually coarser than file names
  private static final Pattern DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})([-_/.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])(?![0-9])");

  private PathDates() {}

  /** The ISO date in {@code path}, or null. */
  static String find(String path) {
    Matcher m = DATE.matcher(path.replace('\\', '/'));
    String found = null;
    while (m.find()) {
      String iso = valid(m.group(1), m.group(3), m.group(4));
      if (iso != null) {
        found = iso;
      }
    }
    return found;
  }

  private static String valid(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
