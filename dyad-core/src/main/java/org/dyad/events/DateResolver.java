package org.dyad.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.nlp.Sentence;
import org.dyad.time.Resolved;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;
import org.dyad.model.DatePrecision;

/**
 * Dates an event: the date expression nearest the event word, as the temporal tagger resolves it against the
 * publication date and the sentence's tense (a date that modifies a noun, "the 1974 amendment", dates only that
 * noun's event); else
 * "the same day" as the last dated event; else the date of the previous sentence's event for a
 * past-tense follow-up; else the publication date for present-tense reports and past-tense statements; else,
 * for what is not ahead, the previous event's date or the publication date; else unknown.
 */
final class DateResolver {
  private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(?:MO|AF|EV|NI|DT)");
  // the tagger's rules for a clock time said with its day ("3 p.m. Friday", "noon tomorrow"); a bare "6 a.m." takes
  // the publication day, which a report written the next morning gets wrong
  private static final Set<String> CLOCK_ON_A_DAY = Set.of("clock-day", "clock-named-day");
  // the first sentences of a news report tell the news of its day
  private static final int LEDE = 2;
  private final TemporalTagger tagger = new TemporalTagger();
  // the tagger is the costly part and does not depend on the event word: once per sentence
  private final ThreadLocal<Map.Entry<String, List<Resolved>>> lastTagged = new ThreadLocal<>();

  /**
   * The date of the event at {@code trigger}; a {@code statement} (an accusation, a demand, a warning) reported in
   * the past tense with no date words is dated by the publication day, as news reports what was said that day.
   */
  EventDate resolve(Sentence s, int trigger, ClauseTense tense, LocalDate dct, ArticleState state, boolean statement) {
    int at = s.tokens().get(trigger).begin() - s.begin();
    // what was said was said by publication: a later date in the sentence is that of what was threatened or asked
    boolean saidBefore = statement && tense != ClauseTense.FUTURE && dct != null;
    List<EventDate> own = candidates(s.text(), dct).stream()
        .filter(d -> NounModifiers.headOf(s, d) < 0 || NounModifiers.headOf(s, d) == trigger)
        .filter(d -> !saidBefore || d.first() == null || !d.first().isAfter(dct)).toList();
    EventDate best = nearest(own, at);
    if (best != null) {
      return best.withCue("date words '" + best.text() + "' (" + best.cue() + ")", best.text());
    }
    if (s.text().toLowerCase().contains("same day") && state.lastDay() != null) {
      return state.lastDay().withCue("'the same day' as the last dated event", "the same day");
    }
    boolean returned = returnedFrom(s, trigger);
    if (dct != null && (ClauseTense.pastPerfect(s, trigger) || returned)) {
      // what had happened before the report, with no date words, happened in the days before publication: the
      // ISO week of the day before it; so did a visit or talks one is back from ("on his return from a visit")
      LocalDate before = dct.minusDays(1);
      String week = before.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
          + String.format("%02d", before.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      return new EventDate(week, DatePrecision.WEEK, null, (returned ? "what one returned from" : "past perfect")
          + ", no date words: the week before publication", before.with(java.time.DayOfWeek.MONDAY), -1);
    }
    if (tense == ClauseTense.PAST && state.previousDate() != null) {
      return state.previousDate().withCue("past tense, no date words: date of the previous sentence's event", null);
    }
    if ((tense == ClauseTense.PRESENT || tense == ClauseTense.PERFECT || (statement && tense == ClauseTense.PAST)) && dct != null) {
      return new EventDate(dct.toString(), DatePrecision.DAY, null,
          tense + " tense " + (statement ? "statement" : "report")
          + ": publication date", dct, -1);
    }
    if (tense == ClauseTense.PAST && dct != null && s.index() < LEDE) {
      return new EventDate(dct.toString(), DatePrecision.DAY, null,
          "past tense in the lead, no date words: the news of the publication day",
          dct, -1);
    }
    if (tense != ClauseTense.FUTURE && dct != null) {
      // "here for talks with Administration officials", "in their new offensive": an event of the story with no
      // verb tense and no date words is dated as the story's last dated event, else its publication day
      EventDate prev = state.previousDate();
      return prev != null ? prev.withCue("no tense, no date words: date of the previous sentence's event", null)
          : new EventDate(dct.toString(), DatePrecision.DAY, null, "no tense, no date words: publication date", dct, -1);
    }
    return EventDate.unknown(dct == null ? "no date words and no publication date" : "no date words, " + tense + " tense");
  }

  /** "on his return from a visit to Japan", "back from talks in New York": the event word is what one came back from. */
  private static boolean returnedFrom(Sentence s, int trigger) {
    int at = trigger;
    for (int step = 0; step < 2; step++) {
      var g = s.governor(at);
      if (g.isEmpty() || g.get().head() < 0) {
        return false;
      }
      String rel = g.get().rel();
      String head = s.tokens().get(g.get().head()).lemma().toLowerCase();
      if ((rel.equals("obl:from") || rel.equals("nmod:from")) && (head.equals("return") || head.equals("back"))) {
        return true;
      }
      if (!rel.startsWith("nmod")) {
        return false; // "a visit to Japan" → "return": climb once through the visit's own noun phrase
      }
      at = g.get().head();
    }
    return false;
  }

  private List<EventDate> candidates(String text, LocalDate dct) {
    List<EventDate> out = new ArrayList<>();
    for (Resolved x : tagged(text, dct)) {
      EventDate d = of(x);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private List<Resolved> tagged(String text, LocalDate dct) {
    String key = dct + "|" + text;
    Map.Entry<String, List<Resolved>> last = lastTagged.get();
    if (last == null || !last.getKey().equals(key)) {
      last = Map.entry(key, tagger.explain(text, dct));
      lastTagged.set(last);
    }
    return last.getValue();
  }

  private static EventDate nearest(List<EventDate> dates, int at) {
    EventDate best = null;
    int bestDist = Integer.MAX_VALUE;
    for (EventDate d : dates) {
      int dist = d.start() > at ? d.start() - at : Math.max(0, at - (d.start() + d.text().length()));
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  }

  /**
   * The event date a tagged expression gives: a day, week, month or year; a part of a day, or a clock time said
   * with its day, gives that day.
   */
  static EventDate of(Resolved r) {
    Timex x = r.timex();
    String v = x.value();
    if (v == null) {
      return null;
    }
    if (PART_OF_DAY.matcher(v).matches() || CLOCK_ON_A_DAY.contains(r.rule())) {
      // "Friday morning" is 2000-01-28TMO (TIMEX3 guidelines) and "3 p.m. Friday" 2000-01-28T15:00, TIMEs: the
      // event still happened on that day
      v = v.substring(0, 10);
    } else if (!x.type().equals("DATE")) {
      return null;
    }
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new EventDate(v, DatePrecision.DAY, x.text(), "temporal tagger", LocalDate.parse(v), x.start());
      }
      if (v.matches("\\d{4}-W\\d{2}-WE")) {
        v = v.substring(0, 8); // "at the weekend": a weekend is dated by its ISO week, the narrowest our precisions give
      }
      if (v.matches("\\d{4}-W\\d{2}")) {
        LocalDate first = LocalDate.parse(v + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
        return new EventDate(v, DatePrecision.WEEK, x.text(), "temporal tagger", first, x.start());
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        return new EventDate(v, DatePrecision.MONTH, x.text(), "temporal tagger", YearMonth.parse(v).atDay(1), x.start());
      }
      return v.matches("\\d{4}") ? new EventDate(v, DatePrecision.YEAR, x.text(), "temporal tagger",
          LocalDate.of(Integer.parseInt(v), 1, 1), x.start()) : null;
    } catch (RuntimeException e) {
      return null; // an unparsable value is treated as no date
    }
  }
}
