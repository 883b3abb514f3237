package org.dyad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.series.DyadSeries;

/**
 * The timeline of a dyad from its coded events: the stories that matter most, one entry per date, each entry's
 * summary the sentences that reported its stories, linked to their events, articles and outlets.
 *
 * <p>A story matters by how widely it was reported (articles, outlets, mentions), how intense it was (Goldstein
 * magnitude) and how sure the coder was. Only events that happened count, dated to the day, week or month;
 * stories the text does not date are kept at the end (a quarter of the entries at most) when they are among the
 * most reported, since an analyst still wants to see them.
 */
public final class DyadTimeline {
  private DyadTimeline() {}

  /** The timeline of {@code events} (one dyad's), at most {@code maxDates} entries of at most {@code sentences}. */
  public static Timeline build(String dyad, List<Event> events, List<DyadSeries.TurningPoint> turns, int maxDates,
      int sentences, LocalDate from, LocalDate to) {
    Map<String, List<Event>> byStory = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.eventStatus() == EventStatus.OCCURRED) {
        byStory.computeIfAbsent(e.storyId() == null ? e.id() : e.storyId(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, List<Story>> byDate = new LinkedHashMap<>();
    // a year is too coarse for a timeline entry, and year-only dates are most often background ("a 2000 treaty")
    byStory.values().stream().map(Story::of).filter(s -> s.precision() != DatePrecision.YEAR)
        .sorted(Comparator.comparingDouble(Story::score).reversed())
        .forEach(s -> byDate.computeIfAbsent(s.dateKey(), k -> new ArrayList<>()).add(s));
    // undated stories take at most a quarter of the entries: a timeline is about dates
    int undated = (maxDates + 3) / 4;
    List<List<Story>> ranked = byDate.values().stream()
        .sorted(Comparator.comparingDouble((List<Story> d) -> -d.stream().mapToDouble(Story::score).sum())).toList();
    List<List<Story>> chosen = new ArrayList<>();
    for (List<Story> d : ranked) {
      boolean dated = d.get(0).date() != null;
      if (chosen.size() < maxDates && (dated || undated-- > 0)) {
        chosen.add(d);
      }
    }
    List<TimelineEntry> entries = chosen.stream().map(d -> entry(d, sentences))
        .sorted(Comparator.comparing((TimelineEntry t) -> t.date() == null ? "9999" : t.date())).toList();
    return new Timeline(dyad, from == null ? null : from.toString(), to == null ? null : to.toString(), entries, turns);
  }

  private static TimelineEntry entry(List<Story> stories, int sentences) {
    List<Story> top = stories.subList(0, Math.min(sentences, stories.size()));
    LinkedHashSet<String> articles = new LinkedHashSet<>();
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    for (Story s : stories) {
      s.events().forEach(e -> {
        ids.add(e.id());
        articles.add(e.articleId());
        if (e.outlet() != null) {
          outlets.add(e.outlet());
        }
      });
    }
    Story first = stories.get(0);
    return new TimelineEntry(first.date(), first.precision().contract(), null,
        top.stream().map(Story::sentence).distinct().toList(), ids, List.copyOf(articles), List.copyOf(outlets));
  }

  /** One story's events and what the timeline needs of them. */
  private record Story(List<Event> events, String date, DatePrecision precision, double score, String sentence) {
    static Story of(List<Event> events) {
      Event dated = events.stream().filter(e -> e.date() != null)
          .min(Comparator.comparingInt((Event e) -> e.precision().ordinal()).thenComparing(Event::date)).orElse(null);
      long articles = events.stream().map(Event::articleId).distinct().count();
      long outlets = events.stream().map(Event::outlet).distinct().count();
      double intensity = events.stream().mapToDouble(e -> Math.abs(e.intensity())).average().orElse(0);
      double confidence = events.stream().mapToDouble(Event::confidence).average().orElse(0);
      double score = 2 * Math.log1p(articles) + Math.log1p(outlets) + Math.log1p(events.size()) + intensity / 10
          + confidence + (dated == null ? -1 : 0);
      Event best = events.stream().max(Comparator.comparingDouble(Event::confidence)
          .thenComparing(e -> -e.sentence().length())).orElseThrow();
      return new Story(events, dated == null ? null : dated.date(), dated == null ? DatePrecision.UNKNOWN : dated.precision(),
          score, best.sentence());
    }

    String dateKey() {
      return date == null ? "unknown|" + events.get(0).id() : date;
    }
  }
}
