package org.dyad.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides which date later relative expressions count from: the last one mentioned, with exceptions. */
final class Anchors {
  private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");
  private static final Pattern INDEFINITE = Pattern.compile("\\ban?\\s+[a-z]+\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PERIOD_END = Pattern.compile(
      "(?:quarter|period|year|months|half)\\s+(?:ended|ending|that ended)\\s+$", Pattern.CASE_INSENSITIVE);

  private Anchors() {}

  /** The reference after {@code timex} (found by {@code match} in {@code text}); {@code anchor} is the one before. */
  static Point next(Timex timex, Match match, String text, Point anchor, LocalDate dct) {
    if (dct != null && isStretchOfYear(timex)) {
      boolean recent = anchor != null && anchor.start().isAfter(dct.minusYears(1)) && !anchor.start().isAfter(dct);
      return Point.of(recent ? anchor.start() : dct, Unit.YEAR);
    }
    // a date counted from the last one does not become the reference itself ("a year earlier" twice)
    boolean own = match.rule().type().equals("DATE") && !match.rule().resolver().startsWith("shift:anchor")
        && !endsPeriod(text, match.start()) && !passingQuarter(match, text);
    Point mentioned = own ? Point.parse(timex.value()) : null;
    return mentioned != null && !isComparison(mentioned, match) ? mentioned : anchor;
  }

  // "a year ago" resolved to the reported quarter a year back is a comparison, not a new reference
  private static boolean isComparison(Point mentioned, Match match) {
    return mentioned.unit() == Unit.QUARTER && match.rule().resolver().startsWith("shift");
  }

  // "the quarter ended Sept. 30": the date closes the period just named, which stays the reference
  private static boolean endsPeriod(String text, int start) {
    return PERIOD_END.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }

  // "after a flat second quarter": a quarter described in an indefinite phrase is mentioned in
  // passing; the story stays with the period it reports ("a third-quarter loss" is that period)
  private static boolean passingQuarter(Match match, String text) {
    return match.rule().resolver().equals("quarter")
        && INDEFINITE.matcher(text.substring(Math.max(0, match.start() - 30), match.start())).find();
  }

  // "the nine months", "the first six months": a stretch of the year being reported, so what is
  // compared with it "a year earlier" is the year before, not a quarter
  private static boolean isStretchOfYear(Timex timex) {
    Matcher m = MONTHS.matcher(timex.value());
    return timex.type().equals("DURATION") && m.matches() && Integer.parseInt(m.group(1)) < 12
        && timex.text().toLowerCase(Locale.ROOT).startsWith("the ");
  }
}
