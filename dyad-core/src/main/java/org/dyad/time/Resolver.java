package org.dyad.time;

import java.time.LocalDate;

/** Computes the TimeML value of a match from its groups and its context; null when it has none. */
final class Resolver {
  private final CalendarWords lexicon;
  private final Relative relative;
  private final Periods periods;

  Resolver(CalendarWords lexicon) {
    this.lexicon = lexicon;
    this.relative = new Relative(lexicon);
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
      case "weekof" -> weekOf(match, context);
      case "weekday" -> weekday(match, owned(match, text, context)).toString();
      case "deictic" -> day(match, context).toString();
      case "partofday" -> partOfDay(match, context);
      case "dayshift" -> day(match, owned(match, text, context))
          .plusDays(match.group("shift").equalsIgnoreCase("before") ? -1 : 1).toString();
      case "clock" -> periods.clock(match, clockDay(match, context), !bare(match) || context.tense() != Tense.PAST);
      case "holiday" -> holiday(match, context);
      case "relative" -> relative.relative(match, text, context);
      case "shift" -> relative.shift(match, text, context, kind[1].equals("anchor"), Integer.parseInt(kind[2]));
      default -> periods.resolve(kind[0], match, text, context);
    };
  }

  private static boolean needsDct(String kind, Match match) {
    return switch (kind) {
      case "date", "weekof", "quarter", "season", "half" -> !match.has("year") && !match.has("tens");
      case "duration", "set", "decade", "century", "spelled" -> false;
      default -> true;
    };
  }

  private String date(Match match, Context context) {
    Integer month = month(match);
    Integer day = match.has("day") ? Integer.valueOf(match.group("day")) : null;
    if (month == null || month > 12 || (day != null && (day < 1 || day > 31))) {
      return match.has("year") && month == null ? match.group("year") : null;
    }
    Integer written = writtenYear(match);
    int year = written != null ? written : Calendar.yearOf(month, day, relative.direction(match), context);
    if (day != null && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    String ym = String.format("%04d-%02d", year, month);
    return day == null ? ym : ym + String.format("-%02d", day);
  }

  // "the week of March 6": the ISO week that holds the date
  private String weekOf(Match match, Context context) {
    String date = date(match, context);
    return date == null ? null : Point.of(LocalDate.parse(date), Unit.WEEK).value();
  }

  // a year in digits, or spelled out ("nineteen ninety-six"); null when none is written
  private Integer writtenYear(Match match) {
    if (match.has("year")) {
      return Integer.valueOf(match.group("year"));
    }
    return match.has("tens") ? 1900 + lexicon.number(match.group("tens") + "-" + match.group("ones")) : null;
  }

  private Integer month(Match match) {
    if (match.has("month")) {
      return Integer.valueOf(lexicon.value("month", match.group("month")));
    }
    return match.has("mm") ? Integer.valueOf(match.group("mm")) : null;
  }

  // "Wednesday's ruling", "over Thursday's closing price": a day named in the possessive owns something
  // already reported, so it is the last such day whatever the verbs around it say
  private static boolean possessive(Match match, String text) {
    return match.has("weekday") && (text.startsWith("'s", match.end()) || text.startsWith("\u2019s", match.end()));
  }

  private LocalDate weekday(Match match, Context context) {
    int target = Integer.parseInt(lexicon.value("weekday", match.group("weekday")));
    Integer dir = relative.direction(match);
    Point anchor = context.anchor();
    if (dir != null && Relative.isAnchored(match.group("dir")) && anchor != null && anchor.unit() == Unit.DAY) {
      return Calendar.weekday(anchor.start(), target, dir, Tense.NONE);
    }
    return Calendar.weekday(context.dct(), target, dir, context.tense());
  }

  // the day a part of day, a clock time or a day word refers to
  private LocalDate day(Match match, Context context) {
    if (match.has("weekday")) {
      return weekday(match, context);
    }
    if (match.has("month") && match.has("day")) {
      String date = date(match, context);
      return date == null ? context.dct() : LocalDate.parse(date);
    }
    if (match.has("next")) {
      return context.anchorOrDct().start().plusDays(1);
    }
    String category = match.has("deictic") ? "deictic" : "dayref";
    String offset = match.has(category) ? lexicon.value(category, match.group(category)) : null;
    return context.dct().plusDays(offset == null ? 0 : Long.parseLong(offset));
  }

  // a bare clock time belongs to the day just talked about ("Friday ... at 10:35 a.m.")
  private LocalDate clockDay(Match match, Context context) {
    Point anchor = context.anchor();
    return bare(match) && anchor != null && anchor.unit() == Unit.DAY ? anchor.start() : day(match, context);
  }

  // a weekday in the possessive ("Wednesday's ruling") owns something already reported: it is in the past
  private static Context owned(Match match, String text, Context context) {
    return possessive(match, text) ? context.withTense(Tense.PAST) : context;
  }

  // a clock time with no day named beside it ("at 6 a.m.", "midnight", not "midnight Friday")
  private static boolean bare(Match match) {
    return !match.has("weekday") && !match.has("deictic") && !match.has("day");
  }

  private String partOfDay(Match match, Context context) {
    String part = match.has("part") ? lexicon.value("part", match.group("part")) : "NI";
    return day(match, context) + "T" + part;
  }

  private String holiday(Match match, Context context) {
    String rule = lexicon.value("holiday", match.group("holiday"));
    int month = Integer.parseInt(rule.substring(0, 2));
    int year = Calendar.yearOf(month, Holidays.day(rule, context.dct().getYear()), relative.direction(match), context);
    return LocalDate.of(year, month, Holidays.day(rule, year)).toString();
  }
}
