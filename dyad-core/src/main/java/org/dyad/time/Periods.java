package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Resolves the named periods and amounts: quarters, halves, seasons, weekends, decades, durations, sets, clock times. */
final class Periods {
  private static final String SEASONS = "SP SU FA WI";

  private final CalendarWords lexicon;

  Periods(CalendarWords lexicon) {
    this.lexicon = lexicon;
  }

  /** The value of {@code match} for resolver {@code kind}; null when the kind is unknown. */
  String resolve(String kind, Match match, String text, Context context) {
    return switch (kind) {
      case "quarter" -> quarter(match, text, context);
      case "half" -> year(match, text, context) + "-H" + lexicon.value("half", match.group("half"));
      case "season" -> season(match, context);
      case "weekend" -> weekend(match, text, context);
      case "decade" -> decade(match);
      case "century" -> String.valueOf(Integer.parseInt(match.group("ordinalnum")) - 1);
      case "spelled" -> spelledYear(match, text);
      case "duration" -> duration(match);
      case "set" -> set(match);
      default -> throw new IllegalStateException("rules.tsv: unknown resolver '" + kind + "' in rule " + match.rule().id());
    };
  }

  private String quarter(Match match, String text, Context context) {
    if (!match.has("ordinal")) {
      return sameQuarter(match, text, context);
    }
    String q = lexicon.value("ordinal", match.group("ordinal"));
    return q == null ? null : quarterYear(match, text, context, Integer.parseInt(q)) + "-Q" + q;
  }

  // "the quarter" is the one just talked about; "the latest quarter" the last one reported, before the DCT's
  private static String sameQuarter(Match match, String text, Context context) {
    Point anchor = context.anchor();
    String words = text.substring(match.start(), match.end()).toLowerCase();
    Point latest = Point.of(context.dct(), Unit.QUARTER).plus(-1);
    if (match.has("year")) {
      return yearPeriod(match.group("year"), words, anchor, latest);
    }
    boolean latestWord = words.matches(".*(latest|recent|just).*");
    Point quarter = !latestWord && anchor != null && anchor.unit() == Unit.QUARTER ? anchor : latest;
    // "last year's quarter", "the corresponding period last year": the same quarter a year back
    return (words.matches(".*(last year|a year).*") ? quarter.plus(-4) : quarter).value();
  }

  // "the 1988 quarter" is the quarter just talked about, in 1988, else the last one reported; "the 1988
  // period" after a stretch of the year ("the first nine months") is that stretch, written as the year
  private static String yearPeriod(String year, String words, Point anchor, Point latest) {
    if (anchor != null && anchor.unit() == Unit.YEAR && words.endsWith("period")) {
      return year;
    }
    Point quarter = anchor != null && anchor.unit() == Unit.QUARTER ? anchor : latest;
    return year + "-Q" + quarter.start().get(IsoFields.QUARTER_OF_YEAR);
  }

  // a quarter still to come this year is last year's in a past-tense sentence ("profit rose in the fourth quarter")
  private static int quarterYear(Match match, String text, Context context, int q) {
    int year = year(match, text, context);
    if (match.has("year") || year != context.dct().getYear()) {
      return year;
    }
    boolean ahead = LocalDate.of(year, 3 * q - 2, 1).isAfter(context.dct());
    return ahead && context.tense() == Tense.PAST ? year - 1 : year;
  }

  // the year a quarter or half belongs to: written, or the document's, a year back for "year-earlier"
  private static int year(Match match, String text, Context context) {
    if (match.has("year")) {
      return Integer.parseInt(match.group("year"));
    }
    String words = text.substring(match.start(), match.end()).toLowerCase();
    int shift = words.matches(".*(year-earlier|year-ago|last year's).*") ? -1 : words.contains("next year's") ? 1 : 0;
    return context.dct().getYear() + shift;
  }

  private String season(Match match, Context context) {
    String code = lexicon.value("season", match.group("season"));
    if (match.has("year") || match.has("tens")) {
      return spelledYear(match, "") + "-" + code;
    }
    String dirWord = match.group("dir");
    int dir = dirWord == null ? tenseDirection(context.tense()) : Integer.parseInt(lexicon.value("dir", dirWord));
    return seasonYear(SEASONS.indexOf(code) / 3, dir, dirWord != null, context.dct()) + "-" + code;
  }

  // seasons counted in one sequence (spring = 0 ... winter = 3, four a year); January and February
  // belong to the winter that began the December before
  private static int seasonYear(int target, int dir, boolean strict, LocalDate dct) {
    int month = dct.getMonthValue();
    int now = (dct.getYear() - (month <= 2 ? 1 : 0)) * 4 + (month <= 2 || month == 12 ? 3 : month / 3 - 1);
    int candidate = Math.floorDiv(now, 4) * 4 + target;
    if (dir < 0) {
      candidate -= candidate > now || strict && candidate == now ? 4 : 0;
    } else if (dir > 0) {
      candidate += candidate < now || strict && candidate == now ? 4 : 0;
    } else if (now - candidate > 2) {
      candidate += 4; // "this spring" said in winter is the coming one
    }
    return Math.floorDiv(candidate, 4);
  }

  private static int tenseDirection(Tense tense) {
    return tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0;
  }

  private static String weekend(Match match, String text, Context context) {
    String words = text.substring(match.start(), match.end()).toLowerCase();
    LocalDate dct = context.dct();
    boolean inWeekend = dct.getDayOfWeek().getValue() >= 6;
    int weeks = words.startsWith("last") || words.startsWith("past") ? -1
        : words.startsWith("next") ? 1
        : context.tense() == Tense.PAST && !inWeekend ? -1 : 0;
    LocalDate day = dct.plusWeeks(weeks);
    return String.format("%04d-W%02d-WE", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private String decade(Match match) {
    if (match.has("decadeword")) {
      String tens = match.group("decadeword").toLowerCase().replaceAll("ies$", "y");
      return "19" + lexicon.number(tens) / 10;
    }
    String d = match.group("decade").replace("'", "");
    return d.length() == 2 ? "19" + d.charAt(0) : d.substring(0, 3);
  }

  private String duration(Match match) {
    Unit unit = unit(match);
    if (unit == null) {
      return null;
    }
    if (match.has("range")) {
      return unit.duration(null);
    }
    if (!match.has("number")) {
      return unit.duration(match.group("unit").toLowerCase().endsWith("s") ? null : 1);
    }
    return unit.duration(lexicon.number(match.group("number")));
  }

  private String set(Match match) {
    if (match.has("set")) {
      return lexicon.value("set", match.group("set"));
    }
    if (match.has("weekday")) {
      return "XXXX-WXX-" + lexicon.value("weekday", match.group("weekday"));
    }
    Unit unit = unit(match);
    return unit == null ? null : unit.duration(1);
  }

  // a pattern whose unit group did not take part, or a unit word the lexicon lacks, gives no value, not a crash
  private Unit unit(Match match) {
    String word = match.has("unit") ? lexicon.value("unit", match.group("unit")) : null;
    return word == null ? null : Unit.valueOf(word);
  }

  private String spelledYear(Match match, String text) {
    if (match.has("year")) {
      return match.group("year");
    }
    if (!match.has("tens")) {
      return text.substring(match.start(), match.end()).toLowerCase().contains("two thousand") ? "2000" : null;
    }
    return String.valueOf(1900 + lexicon.number(match.group("tens") + "-" + match.group("ones")));
  }

  /**
   * The clock time of {@code match} on {@code day}, "1998-08-07T10:30". Midnight is the end of the day
   * ({@code T24:00}, as ISO 8601 and the TIMEX3 guidelines write "expires at midnight Friday") when
   * {@code midnightEnds}, else its start ({@code T00:00}: "stormed the square shortly after midnight").
   */
  String clock(Match match, LocalDate day, boolean midnightEnds) {
    String hourText = match.group("hour").toLowerCase();
    int midnight = midnightEnds ? 24 : 0;
    int hour = hourText.equals("noon") || hourText.equals("midday") ? 12
        : hourText.equals("midnight") ? midnight : Integer.parseInt(hourText);
    String ampm = match.group("ampm");
    if (ampm != null && ampm.toLowerCase().startsWith("p") && hour < 12) {
      hour += 12;
    } else if (ampm != null && ampm.toLowerCase().startsWith("a") && hour == 12) {
      hour = 0;
    }
    String minute = match.has("minute") ? match.group("minute") : "00";
    return hour > 24 ? null : String.format("%sT%02d:%s", day, hour, minute);
  }
}
