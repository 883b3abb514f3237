package org.dyad.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventDates;
import org.dyad.util.Hashes;

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
      out.add(withStory(e, story(key(e), e.id(), e.articleId(), e.date(), e.datePrecision())));
    }
    return out;
  }

  /**
   * The story of one event given by its columns, {@code key} from {@link #key(String, String, String, String)}:
   * an existing story's id when one matches, else a new one. Events must come in the order stories grow.
   */
  public String story(String key, String eventId, String articleId, String date, String precision) {
    DateRange range = DateRange.of(date, precision);
    String story = match(key, articleId, range);
    if (story == null) {
      story = "s-" + Hashes.sha256(key + "|" + date + "|" + eventId).substring(0, 14);
    }
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(story, articleId, range));
    return story;
  }

  /**
   * Remembers a stored event given by its columns without linking it, {@code key} from
   * {@link #key(String, String, String, String)}: members remembered in the order they were linked give the answers
   * of one linker that saw them all, so a caller can keep them elsewhere and hand back only those that could match.
   */
  public void remember(String key, String story, String articleId, String date, String precision) {
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(story, articleId, DateRange.of(date, precision)));
  }

  private String match(String key, String articleId, DateRange range) {
    for (Member m : byKey.getOrDefault(key, List.of())) {
      if (range == null && m.range() == null ? m.articleId().equals(articleId)
          : range != null && m.range() != null && range.agrees(m.range())) {
        return m.story();
      }
    }
    return null;
  }

  private void remember(Event e, String story) {
    byKey.computeIfAbsent(key(e), k -> new ArrayList<>())
        .add(new Member(story, e.articleId(), DateRange.of(e.date(), e.precision())));
  }

  /** Actors and type; the actor pair is unordered for symmetric types. Events without both actors key on the event. */
  static String key(Event e) {
    return key(e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
        e.plover(), e.id());
  }

  /**
   * The key of an event given by its columns: only events with equal keys can share a story, so a cluster job
   * can link each key's events on its own ({@code org.dyad.spark}).
   */
  public static String key(String source, String target, String plover, String eventId) {
    if (source == null || target == null) {
      return "single|" + eventId;
    }
    boolean swap = SYMMETRIC.contains(plover) && source.compareTo(target) > 0;
    return (swap ? target + "|" + source : source + "|" + target) + "|" + plover;
  }

  private static Event withStory(Event e, String story) {
    return e.toBuilder().storyId(story).build();
  }

  private record Member(String story, String articleId, DateRange range) {}

  /** The days an event date covers. */
  record DateRange(LocalDate first, LocalDate last, boolean day) {
    /** The range of a date given by its columns; a null precision is unknown. */
    static DateRange of(String date, String precision) {
      return of(date, precision == null ? DatePrecision.UNKNOWN : DatePrecision.fromString(precision));
    }

    static DateRange of(String date, DatePrecision precision) {
      if (precision == DatePrecision.UNKNOWN) {
        return null;
      }
      LocalDate[] range = EventDates.range(date);
      return range == null ? null : new DateRange(range[0], range[1], precision == DatePrecision.DAY);
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
