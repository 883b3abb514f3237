package org.dyad.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.model.EventDates;

/**
 * The stories stage: events that report the same real-world happening, in any article, get one story id.
 *
 * <p>Two events are one story when they have the same actors (in either order for symmetric types such as
 * meetings), the same PLOVER type, and dates that agree: days at most one day apart (outlets in other time
 * zones date an event a day later), or a day inside a coarser week, month or year. Events without a date join
 * only a story of their own article. Not thread-safe: the ingest writer owns one linker.
 */
public final class StoryLinker {
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
  private final Map<String, List<Member>> byKey = new HashMap<>();

  /** A linker that continues the stories of events already stored. */
  public StoryLinker(List<Event> stored) {
    stored.stream().filter(e -> e.storyId() != null).forEach(e -> remember(e, e.storyId()));
  }

  /** The events with story ids: an existing story's when one matches, else a new one. */
  public List<Event> link(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String story = match(e);
      if (story == null) {
        story = newId(e);
      }
      remember(e, story);
      out.add(withStory(e, story));
    }
    return out;
  }

  private String match(Event e) {
    DateRange range = DateRange.of(e.date(), e.datePrecision());
    for (Member m : byKey.getOrDefault(key(e), List.of())) {
      if (range == null && m.range() == null ? m.articleId().equals(e.articleId())
          : range != null && m.range() != null && range.agrees(m.range())) {
        return m.story();
      }
    }
    return null;
  }

  private void remember(Event e, String story) {
    byKey.computeIfAbsent(key(e), k -> new ArrayList<>())
        .add(new Member(story, e.articleId(), DateRange.of(e.date(), e.datePrecision())));
  }

  /** Actors and type; the actor pair is unordered for symmetric types. Events without both actors key on the event. */
  static String key(Event e) {
    String s = e.source() == null ? null : e.source().code();
    String t = e.target() == null ? null : e.target().code();
    if (s == null || t == null) {
      return "single|" + e.id();
    }
    boolean swap = SYMMETRIC.contains(e.plover()) && s.compareTo(t) > 0;
    return (swap ? t + "|" + s : s + "|" + t) + "|" + e.plover();
  }

  private static String newId(Event e) {
    return "s-" + org.dyad.extract.Extractor.sha256(key(e) + "|" + e.date() + "|" + e.id()).substring(0, 14);
  }

  private static Event withStory(Event e, String story) {
    return new Event(e.id(), e.articleId(), e.outlet(), e.published(), e.sentence(), e.sentenceIndex(), e.span(),
        e.source(), e.target(), e.plover(), e.mode(), e.cameo(), e.intensity(), e.status(), e.date(),
        e.datePrecision(), e.dateText(), e.location(), e.confidence(), story);
  }

  private record Member(String story, String articleId, DateRange range) {}

  /** The days an event date covers. */
  record DateRange(LocalDate first, LocalDate last, boolean day) {
    static DateRange of(String date, String precision) {
      if (precision == null || precision.equals("unknown")) {
        return null;
      }
      LocalDate[] range = EventDates.range(date);
      return range == null ? null : new DateRange(range[0], range[1], precision.equals("day"));
    }

    /** Days at most one apart; a day inside a coarser range; two coarse ranges only when equal. */
    boolean agrees(DateRange o) {
      if (day && o.day) {
        return Math.abs(first.toEpochDay() - o.first.toEpochDay()) <= 1;
      }
      if (day || o.day) {
        DateRange d = day ? this : o;
        DateRange c = day ? o : this;
        return !d.first.isBefore(c.first) && !d.first.isAfter(c.last);
      }
      return first.equals(o.first) && last.equals(o.last);
    }
  }
}
