package org.dyad.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Computes the TimeML value of a match from its groups and its context; null when it has none. */
final class Resolver {
  private final Lexicon lexicon;
  private final Periods periods;

  Resolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.periods = new Periods(lexicon);
  }

  /** The value of {@code match} in {@code context}. */
  String resolve(Match match, String text, Context context) {
    String[] kind = match.rule().resolver().split(":");
    if (kind[0].equals("literal")) {
      return kind[1];
    }
    if (context.dct() == null && needsDct(kind[0], match)) {
      return "XXXX-XX-XX";
    }
    return switch (kind[0]) {
      case "date" -> date(match, context);
      case "weekday" -> weekday(match, context);
      case "deictic" -> day(match, context).toString();
      case "partofday" -> partOfDay(match, context);
      case "relative" -> relative(match, text, context);
      case "shift" -> shift(match, context, kind[1].equals("anchor"), Integer.parseInt(kind[2]));
      default -> periods.resolve(kind[0], match, text, context);
    };
  }

  private static boolean needsDct(String kind, Match match) {
    return switch (kind) {
      case "date", "quarter", "season", "half" -> !match.has("year");
      case "duration", "set", "decade" -> false;
      default -> true;
    };
  }

  private String date(Match match, Context context) {
    Integer month = month(match);
    Integer day = match.has("day") ? Integer.valueOf(match.group("day")) : null;
    if (month == null || month > 12 || (day != null && (day < 1 || day > 31))) {
      return match.has("year") && month == null ? year(match.group("year")) : null;
    }
    int year = match.has("year") ? Integer.parseInt(year(match.group("year")))
        : Calendar.yearOf(month, day, direction(match), context);
    if (day != null && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    String ym = String.format("%04d-%02d", year, month);
    return day == null ? ym : ym + String.format("-%02d", day);
  }

  private Integer month(Match match) {
    if (match.has("month")) {
      return Integer.valueOf(lexicon.value("month", match.group("month")));
    }
    return match.has("mm") ? Integer.valueOf(match.group("mm")) : null;
  }

  private static String year(String digits) {
    return digits.length() == 2 ? "19" + digits : digits;
  }

  private Integer direction(Match match) {
    return match.has("dir") ? Integer.valueOf(lexicon.value("dir", match.group("dir"))) : null;
  }

  private String weekday(Match match, Context context) {
    int target = Integer.parseInt(lexicon.value("weekday", match.group("weekday")));
    Integer dir = direction(match);
    if (dir != null && isAnchored(match.group("dir"))) {
      LocalDate base = context.anchorOrDct().start();
      return Calendar.weekday(base, target, dir, Tense.NONE).toString();
    }
    return Calendar.weekday(context.dct(), target, dir, context.tense()).toString();
  }

  private LocalDate day(Match match, Context context) {
    if (match.has("weekday")) {
      return LocalDate.parse(weekday(match, context));
    }
    String word = match.group("deictic");
    String offset = lexicon.value("deictic", word);
    return context.dct().plusDays(offset == null ? 0 : Long.parseLong(offset));
  }

  private String partOfDay(Match match, Context context) {
    return day(match, context) + "T" + lexicon.value("part", match.group("part"));
  }

  private String relative(Match match, String text, Context context) {
    Unit unit = unit(match);
    if (unit == null || unit.chrono().isTimeBased()) {
      return null;
    }
    Integer dir = direction(match);
    String words = text.substring(match.start(), match.end()).toLowerCase();
    boolean anchored = words.startsWith("the same") || (match.has("dir") && isAnchored(match.group("dir")))
        || (words.startsWith("the next") && context.anchor() != null);
    Point base = anchored ? context.anchorOrDct() : Point.of(context.dct(), Unit.DAY);
    if (unit == Unit.QUARTER && words.endsWith("period") && base.unit() == Unit.QUARTER) {
      return base.value();
    }
    return Point.of(base.start(), unit).plus(dir == null ? 0 : dir).value();
  }

  private static boolean isAnchored(String dirWord) {
    String w = dirWord.toLowerCase();
    return w.equals("following") || w.equals("previous");
  }

  private Unit unit(Match match) {
    String word = match.group("unit");
    if (word == null) {
      return null;
    }
    return word.equalsIgnoreCase("period") ? Unit.QUARTER : Unit.valueOf(lexicon.value("unit", word));
  }

  private String shift(Match match, Context context, boolean fromAnchor, int sign) {
    if (match.has("yearago")) {
      return yearBefore(context);
    }
    Unit unit = unit(match);
    Integer n = lexicon.number(match.group("number"));
    if (n == null || unit == null || unit.chrono().isTimeBased()) {
      return sign < 0 ? "PAST_REF" : "FUTURE_REF";
    }
    Point anchor = context.anchor();
    if (unit == Unit.YEAR && anchor != null && anchor.unit() == Unit.QUARTER) {
      return anchor.plus(4L * n * sign).value();
    }
    Point base = fromAnchor ? context.anchorOrDct() : Point.of(context.dct(), Unit.DAY);
    Unit grain = unit == Unit.WEEK ? Unit.DAY : unit;
    LocalDate moved = base.start().plus((long) n * sign * unit.factor(), unit.chrono());
    return Point.of(moved, grain).value();
  }

  // "year-earlier", "year-ago": the period a year before the one just talked about
  private static String yearBefore(Context context) {
    Point anchor = context.anchor();
    Unit grain = anchor != null && anchor.unit().compareTo(Unit.MONTH) >= 0 ? anchor.unit() : Unit.YEAR;
    LocalDate start = (anchor != null ? anchor.start() : context.dct()).minus(1, ChronoUnit.YEARS);
    return Point.of(start, grain).value();
  }
}
