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

  /** The series of {@code stories}, bucketed by {@code by}, with turning points marked. */
  public static DyadSeries build(String dyad, Period by, List<StoryRow> stories) {
    TreeMap<LocalDate, List<StoryRow>> buckets = new TreeMap<>();
    for (StoryRow s : stories) {
      buckets.computeIfAbsent(by.start(s.day()), k -> new ArrayList<>()).add(s);
    }
    List<DyadSeries.Point> points = new ArrayList<>();
    if (!buckets.isEmpty()) {
      for (LocalDate p = buckets.firstKey(); !p.isAfter(buckets.lastKey()); p = by.next(p)) {
        points.add(point(by, p, buckets.getOrDefault(p, List.of())));
      }
    }
    List<LocalDate> starts = points.stream().map(pt -> LocalDate.parse(pt.start())).toList();
    return new DyadSeries(dyad, by.name().toLowerCase(), points,
        TurningPoints.find(by, starts, buckets));
  }

  private static DyadSeries.Point point(Period by, LocalDate start, List<StoryRow> stories) {
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byQuad = new LinkedHashMap<>();
    Quad.contracts().forEach(q -> byQuad.put(q, 0));
    double sum = 0;
    int mentions = 0;
    int coop = 0;
    for (StoryRow s : stories) {
      byType.merge(s.plover(), 1, Integer::sum);
      Quad quad = PloverType.fromString(s.plover()).quad();
      byQuad.merge(quad.contract(), 1, Integer::sum);
      sum += s.intensity();
      mentions += s.mentions();
      coop += quad.cooperative() ? 1 : 0;
    }
    int n = stories.size();
    return new DyadSeries.Point(by.label(start), start.toString(), n, mentions, byType, byQuad,
        n == 0 ? null : round(sum / n), round(sum), n == 0 ? null : round(coop / (double) n));
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
