package org.dyad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small resolver for the date expressions event reports use most, resolved by the verb's tense
 * ("on Saturday" in a past-tense sentence is the Saturday before publication).
 * TODO replace with org.dyad.time.TemporalTagger once the time branch lands; kept for tense-aware weekdays.
 */
final class FallbackDates {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final Pattern RELATIVE = Pattern.compile("\\b(?:(earlier|later) )?(this|last|next|past) (week|month|year)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this|on) )?" + DAY + "\\b");
  private static final Pattern DATE = Pattern.compile("\\b(?:(?:in|early|late|mid|in early|in late) )?" + MONTH + "(?: (\\d{1,2})(?!\\d))?(?:,? (\\d{4}))?");
  private static final Pattern YEAR = Pattern.compile("\\b(?:(?:in|during|early|late|in early|in late) )(19\\d\\d|20\\d\\d)\\b");
  private static final Pattern DEICTIC = Pattern.compile("\\b(today|yesterday|tomorrow|tonight)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO = Pattern.compile("\\b(one|two|three|four|five|six|\\d+) (year|month|week|day)s? ago\\b", Pattern.CASE_INSENSITIVE);

  private FallbackDates() {}

  static List<EventDate> find(String text, LocalDate dct, Tense tense) {
    List<EventDate> out = new ArrayList<>();
    relative(text, dct, out);
    weekdays(text, dct, tense, out);
    months(text, dct, tense, out);
    years(text, out);
    deictic(text, dct, out);
    ago(text, dct, out);
    return out;
  }

  private static void relative(String text, LocalDate dct, List<EventDate> out) {
    Matcher m = RELATIVE.matcher(text);
    while (dct != null && m.find()) {
      int shift = switch (m.group(2).toLowerCase()) {
        case "last", "past" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      String unit = m.group(3).toLowerCase();
      LocalDate d = unit.equals("week") ? dct.plusWeeks(shift) : unit.equals("month") ? dct.plusMonths(shift) : dct.plusYears(shift);
      out.add(unit.equals("week") ? week(d, m) : unit.equals("month") ? month(YearMonth.from(d), m) : year(d.getYear(), m));
    }
  }

  private static void weekdays(String text, LocalDate dct, Tense tense, List<EventDate> out) {
    Matcher m = WEEKDAY.matcher(text);
    while (dct != null && m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase());
      String mod = m.group(1) == null ? "" : m.group(1).toLowerCase();
      boolean future = mod.equals("next") || (!mod.equals("last") && tense == Tense.FUTURE);
      LocalDate d = future ? dct.with(TemporalAdjusters.nextOrSame(day))
          : mod.equals("last") ? dct.with(TemporalAdjusters.previous(day)) : dct.with(TemporalAdjusters.previousOrSame(day));
      out.add(new EventDate(d.toString(), "day", m.group(), "weekday by tense " + tense, d, m.start()));
    }
  }

  private static void months(String text, LocalDate dct, Tense tense, List<EventDate> out) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      int month = monthNumber(m.group(1));
      Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
      if (year == null && dct == null || (m.group(1).equals("May") && m.group(2) == null && !m.group().contains(" "))) {
        continue; // "May" alone is too often the verb
      }
      int y = year != null ? year : yearByTense(dct, month, tense);
      if (m.group(2) != null) {
        LocalDate d = LocalDate.of(y, month, Math.min(Integer.parseInt(m.group(2)), YearMonth.of(y, month).lengthOfMonth()));
        out.add(new EventDate(d.toString(), "day", m.group(), "month and day", d, m.start()));
      } else {
        out.add(month(YearMonth.of(y, month), m));
      }
    }
  }

  private static void years(String text, List<EventDate> out) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(year(Integer.parseInt(m.group(1)), m));
    }
  }

  private static void deictic(String text, LocalDate dct, List<EventDate> out) {
    Matcher m = DEICTIC.matcher(text);
    while (dct != null && m.find()) {
      String w = m.group(1).toLowerCase();
      LocalDate d = w.equals("yesterday") ? dct.minusDays(1) : w.equals("tomorrow") ? dct.plusDays(1) : dct;
      out.add(new EventDate(d.toString(), "day", m.group(), "relative to publication", d, m.start()));
    }
  }

  private static void ago(String text, LocalDate dct, List<EventDate> out) {
    Matcher m = AGO.matcher(text);
    while (dct != null && m.find() && m.group(2).equalsIgnoreCase("year")) {
      int n = number(m.group(1));
      out.add(year(dct.getYear() - n, m));
    }
  }

  private static int number(String w) {
    List<String> words = List.of("one", "two", "three", "four", "five", "six");
    int i = words.indexOf(w.toLowerCase());
    return i >= 0 ? i + 1 : Integer.parseInt(w);
  }

  /** Past tense: the latest such month not after publication; future: the next one not before it. */
  private static int yearByTense(LocalDate dct, int month, Tense tense) {
    if (tense == Tense.FUTURE) {
      return month >= dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
    }
    return month <= dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
  }

  private static int monthNumber(String name) {
    String key = name.substring(0, 3).toLowerCase();
    for (int i = 1; i <= 12; i++) {
      if (java.time.Month.of(i).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static EventDate week(LocalDate d, Matcher m) {
    String v = d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new EventDate(v, "week", m.group(), "relative week", d.with(DayOfWeek.MONDAY), m.start());
  }

  private static EventDate month(YearMonth ym, Matcher m) {
    return new EventDate(ym.toString(), "month", m.group(), "month", ym.atDay(1), m.start());
  }

  private static EventDate year(int y, Matcher m) {
    return new EventDate(String.valueOf(y), "year", m.group(), "year", LocalDate.of(y, 1, 1), m.start());
  }
}
