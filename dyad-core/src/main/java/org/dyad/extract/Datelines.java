package org.dyad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a wire dateline off the first paragraph: "MOSCOW, Nov. 23 (Xinhua) -- Russia and …". Also takes off the
 * time stamp a wire site prints before it ("LONDON | Tue Mar 8 , 2011 4:12 pm GMT LONDON (Reuters) - …"), and reads
 * the bracket tokens of tokenised text dumps ("-LRB- Reuters -RRB-") as brackets. Left in the text, the place would
 * be coded as an actor of the first sentence and the stamp's date would date its events.
 */
final class Datelines {
  // capitals, spaces, dots, apostrophes and hyphens, but not the bracket token that may follow ("-LRB-")
  // letters of either case: a place in title case is accepted only before a wire date (see split)
  private static final String PLACE = "\\p{Lu}(?:(?!-[LR]RB-)[\\p{L} .'’\\-]){1,38}\\p{L}\\.?";
  private static final String AGENCY = "(?:\\((?<paren>[^)]{2,40})\\)|-LRB-\\s*(?<ptb>[^()]{2,40}?)\\s*-RRB-)";
  // PLACE[, Region][, Mon. D[, YYYY]] [(Agency)] followed by a dash; the place is written in capitals
  private static final Pattern DATELINE = Pattern.compile(
      "^(" + PLACE + ")(?:\\s*,\\s*(?:\\p{Lu}[\\p{L}.]+\\s*){1,3})??"
          + "(?<date>\\s*,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)?"
          + "\\s*" + AGENCY + "?\\s*(?:--|—|–|-|:)\\s+(?=\\S)");
  private static final Pattern TITLE_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");
  // "(Reuters) - …" with no place, as after a stamp that names none
  private static final Pattern AGENCY_ONLY = Pattern.compile("^" + AGENCY + "\\s*(?:--|—|–|-)\\s+(?=\\S)");
  // [PLACE[, Region] |] Weekday Mon D , YYYY h:mm am ZONE
  private static final Pattern STAMP = Pattern.compile(
      "^(?:(" + PLACE + ")[^|\\n]{0,30}\\|\\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+[A-Z][a-z]{2}\\s+\\d{1,2}\\s*,\\s*"
          + "\\d{4}\\s+\\d{1,2}:\\d{2}\\s*[ap]m\\s+[A-Z]{2,4}\\s+(?=\\S)");

  // the same stamp after a caption or a byline ("File photo of … .\n\nADDIS ABABA | Mon Apr 25 , 2011 …")
  private static final Pattern STAMP_ANYWHERE = Pattern.compile("(?<!\\p{L})" + STAMP.pattern().substring(1));

  private Datelines() {}

  /** The dateline's place and agency (either may be null) and the paragraph without the dateline. */
  record Split(String place, String agency, String text) {}

  static Split split(String text) {
    Split first = splitAtStart(text);
    if (first.place() != null || first.agency() != null) {
      return first;
    }
    // "File photo of … 2011 .\n\nADDIS ABABA | Mon Apr 25 , 2011 10:53 am EDT ADDIS ABABA (Reuters) - Libya 's …",
    // "* New tests … By Maggie Fox , Health Editor WASHINGTON , April 30 (Reuters) - …": a caption, bullets or a byline
    // before the wire's own dateline are page furniture; the story starts at the dateline with its agency
    int limit = Math.min(text.length(), INNER_WINDOW);
    // the search reads only the opening of the text (a long page must not cost a scan of all of it)
    int region = Math.min(text.length(), INNER_WINDOW + 200);
    Matcher stamp = STAMP_ANYWHERE.matcher(text).region(0, region).useTransparentBounds(true);
    if (stamp.find() && stamp.start() < limit) {
      Split later = splitAtStart(text.substring(stamp.start()));
      if (later.place() != null) {
        return later;
      }
    }
    Matcher inner = INNER.matcher(text).region(0, region).useTransparentBounds(true);
    // (find(int) would reset the region: each try narrows it instead)
    for (int from = 0; from < limit && inner.region(from, region).find() && inner.start() < limit;
        from = inner.start() + 1) {
      String place = inner.group(1).strip();
      if (place.length() >= 3 && place.equals(place.toUpperCase())) {
        Split later = splitAtStart(text.substring(inner.start(1)));
        if (later.place() != null) {
          return later;
        }
      }
    }
    return first;
  }

  /** How far into a text a dateline with its agency is looked for (captions and bylines are short). */
  private static final int INNER_WINDOW = 600;
  // a capitals place right before an agency bracket and a dash, anywhere: "… WASHINGTON , April 30 (Reuters) - "
  private static final Pattern INNER = Pattern.compile(
      "(?<![\\p{L}])(" + PLACE + ")(?:\\s*,\\s*(?:\\p{Lu}[\\p{L}.]+\\s*){1,3})??"
          + "(?:\\s*,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)?\\s*" + AGENCY + "\\s*(?:--|—|–|-)\\s+(?=\\S)");

  private static Split splitAtStart(String text) {
    Matcher stamp = STAMP.matcher(text);
    boolean stamped = stamp.lookingAt();
    String rest = stamped ? text.substring(stamp.end()) : text;
    String stampPlace = stamped && stamp.group(1) != null ? stamp.group(1).strip() : null;
    Matcher m = DATELINE.matcher(rest);
    if (m.find()) {
      String agency = agency(m);
      String place = m.group(1).strip();
      // a wire's "BAHRAIN, Oct 19 - " has one dash; without a date a single dash may be a headline's ("IRAN - …")
      boolean dashed = agency != null || m.group("date") != null || m.group(0).contains("--") || m.group(0).contains("—");
      // the place is written in capitals, or in title case before the wire's date ("Tokyo, April 17 - ")
      boolean capitals = place.equals(place.toUpperCase()) || m.group("date") != null && TITLE_PLACE.matcher(place).matches();
      if (dashed && place.length() >= 3 && capitals) {
        return new Split(place, agency, rest.substring(m.end()));
      }
    }
    Matcher a = AGENCY_ONLY.matcher(rest);
    if (a.lookingAt()) {
      return new Split(stampPlace, agency(a), rest.substring(a.end()));
    }
    return stamped ? new Split(stampPlace, null, rest) : new Split(null, null, text);
  }

  private static String agency(Matcher m) {
    String agency = m.group("paren") != null ? m.group("paren") : m.group("ptb");
    return agency == null ? null : agency.strip();
  }
}
