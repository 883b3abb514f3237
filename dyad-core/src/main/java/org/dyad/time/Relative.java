package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Resolves calendar units counted from the document date or from the last mentioned date. */
final class Relative {
  private final CalendarWords lexicon;

  Relative(CalendarWords lexicon) {
    this.lexicon = lexicon;
  }

  /** The offset a direction word gives ("last" → -1, "this" → 0), null when the match has none. */
  Integer direction(Match match) {
    String word = match.group("dir");
    String value = word == null ? null : lexicon.value("dir", word);
    return value == null ? (word == null ? null : 0) : Integer.valueOf(value);
  }

  /** Whether a direction word counts from the last mentioned date ("the following week"). */
  static boolean isAnchored(String dirWord) {
    String w = dirWord == null ? "" : dirWord.toLowerCase();
    return w.equals("following") || w.equals("previous") || w.equals("that");
  }

  /** "last year", "this week", "the following month": the unit containing the base date, moved. */
  String relative(Match match, String text, Context context) {
    Unit unit = unit(match);
    if (unit == null || unit.chrono().isTimeBased()) {
      return null;
    }
    Integer dir = direction(match);
    String words = text.substring(match.start(), match.end()).toLowerCase();
    boolean anchored = words.startsWith("the same") || isAnchored(match.group("dir"))
        || (words.startsWith("the next") && context.anchor() != null);
    Point base = anchored ? context.anchorOrDct() : Point.of(context.dct(), Unit.DAY);
    if (unit == Unit.QUARTER && words.endsWith("period") && base.unit() == Unit.QUARTER) {
      return base.value();
    }
    return Point.of(base.start(), unit).plus(dir == null ? 0 : dir).value();
  }

  /** "two years ago", "a week later": a count of units before or after the base date. */
  String shift(Match match, String text, Context context, boolean fromAnchor, int sign) {
    if (match.has("yearago")) {
      String words = text.substring(match.start(), match.end()).toLowerCase();
      return yearBefore(context, words.contains("quarter") || words.contains("period"));
    }
    Unit unit = unit(match);
    Integer n = lexicon.number(match.group("number"));
    if (n == null || unit == null || unit.chrono().isTimeBased()) {
      return sign < 0 ? "PAST_REF" : "FUTURE_REF";
    }
    Point anchor = context.anchor();
    // financial news compares quarters: "a year earlier" after "the third quarter" is that quarter a year back
    if (unit == Unit.YEAR && isCurrent(anchor, context, Unit.QUARTER)) {
      return anchor.plus(4L * n * sign).value();
    }
    Point base = fromAnchor ? context.anchorOrDct() : Point.of(context.dct(), Unit.DAY);
    Unit grain = unit == Unit.WEEK ? Unit.DAY : unit;
    LocalDate moved = base.start().plus((long) n * sign * unit.factor(), unit.chrono());
    return Point.of(moved, grain).value();
  }

  // a period of the current reporting year, the one "a year earlier" and "year-ago" compare with; one
  // that starts after the DCT has no results yet to compare ("the third quarter of 1990 ... the year-ago period")
  private static boolean isCurrent(Point anchor, Context context, Unit unit) {
    return anchor != null && (unit == null || anchor.unit() == unit)
        && anchor.start().isAfter(context.dct().minusMonths(15)) && !anchor.start().isAfter(context.dct());
  }

  private Unit unit(Match match) {
    String word = match.group("unit");
    if (word == null) {
      return null;
    }
    return word.equalsIgnoreCase("period") ? Unit.QUARTER : Unit.valueOf(lexicon.value("unit", word));
  }

  // "year-earlier", "year-ago": the period a year before the one just talked about
  private static String yearBefore(Context context, boolean quarterly) {
    Point anchor = isCurrent(context.anchor(), context, null) ? context.anchor() : null;
    if (quarterly && (anchor == null || anchor.unit() != Unit.QUARTER)) {
      anchor = Point.of(context.dct(), Unit.QUARTER).plus(-1); // the last quarter reported
    }
    Unit grain = anchor != null && anchor.unit().compareTo(Unit.MONTH) >= 0 ? anchor.unit() : Unit.YEAR;
    LocalDate start = (anchor != null ? anchor.start() : context.dct()).minus(1, ChronoUnit.YEARS);
    return Point.of(start, grain).value();
  }
}
