package org.dyad.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.PloverType;
import org.dyad.model.Quad;

/** Builds a dyad series from its stories: counts per PLOVER type and quad class, intensities, cooperation share. */
public final class SeriesBuilder {
  private SeriesBuilder() {}

  /** How many stories at each end of a period the turning points read: the stores hand over no more. */
  public static final int EDGE_STORIES = TurningPoints.MAX_STORIES;

  /** The series of {@code stories}, bucketed by {@code by}, with turning points marked. */
  public static DyadSeries build(String dyad, Period by, List<StoryRow> stories) {
    TreeMap<LocalDate, List<StoryRow>> buckets = buckets(by, stories);
    List<PeriodCount> counts = new ArrayList<>();
    buckets.forEach((start, bucket) -> counts.add(count(start, bucket)));
    return build(dyad, by, counts, stories);
  }

  /**
   * The series of periods counted elsewhere, with turning points marked from {@code edges}: the stories of each
   * period in story order (first day, then story id), all of them or at least the first and last
   * {@link #EDGE_STORIES}.
   */
  public static DyadSeries build(String dyad, Period by, List<PeriodCount> periods, List<StoryRow> edges) {
    TreeMap<LocalDate, PeriodCount> counts = new TreeMap<>();
    periods.stream().filter(c -> c.stories() > 0).forEach(c -> counts.put(c.start(), c));
    List<DyadSeries.Point> points = new ArrayList<>();
    if (!counts.isEmpty()) {
      for (LocalDate p = counts.firstKey(); !p.isAfter(counts.lastKey()); p = by.next(p)) {
        PeriodCount c = counts.get(p);
        points.add(point(by, c == null ? new PeriodCount(p, 0, 0, 0, Map.of()) : c));
      }
    }
    List<LocalDate> starts = points.stream().map(pt -> LocalDate.parse(pt.start())).toList();
    return new DyadSeries(dyad, by.name().toLowerCase(), points, TurningPoints.find(by, starts, buckets(by, edges)));
  }

  private static TreeMap<LocalDate, List<StoryRow>> buckets(Period by, List<StoryRow> stories) {
    TreeMap<LocalDate, List<StoryRow>> buckets = new TreeMap<>();
    for (StoryRow s : stories) {
      buckets.computeIfAbsent(by.start(s.day()), k -> new ArrayList<>()).add(s);
    }
    return buckets;
  }

  private static PeriodCount count(LocalDate start, List<StoryRow> stories) {
    Map<String, Integer> byType = new TreeMap<>();
    double sum = 0;
    int mentions = 0;
    for (StoryRow s : stories) {
      byType.merge(s.plover(), 1, Integer::sum);
      sum += s.intensity();
      mentions += s.mentions();
    }
    return new PeriodCount(start, stories.size(), mentions, sum, byType);
  }

  private static DyadSeries.Point point(Period by, PeriodCount c) {
    Map<String, Integer> byType = new TreeMap<>(c.byType());
    Map<String, Integer> byQuad = new LinkedHashMap<>();
    Quad.contracts().forEach(q -> byQuad.put(q, 0));
    int coop = 0;
    for (Map.Entry<String, Integer> t : byType.entrySet()) {
      Quad quad = PloverType.fromString(t.getKey()).quad();
      byQuad.merge(quad.contract(), t.getValue(), Integer::sum);
      coop += quad.cooperative() ? t.getValue() : 0;
    }
    int n = c.stories();
    double sum = c.sumIntensity();
    return new DyadSeries.Point(by.label(c.start()), c.start().toString(), n, c.mentions(), byType, byQuad,
        n == 0 ? null : round(sum / n), round(sum), n == 0 ? null : round(coop / (double) n));
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
