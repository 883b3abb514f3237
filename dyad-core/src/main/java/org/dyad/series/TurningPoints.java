package org.dyad.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import org.dyad.model.PloverType;

/**
 * Finds thaws and freezes: period boundaries where the stories just after are significantly more (or less)
 * cooperative than those just before. Each side takes the stories nearest the boundary (at most 12, at least 3,
 * within a year), so sparse and busy dyads are treated alike. The test is Welch's t on story intensities; of
 * nearby candidates only the strongest is kept, so one change is reported once.
 */
final class TurningPoints {
  // |t| above this is significant at about the 5 % level for the window sizes used here
  private static final double T_CRITICAL = 2.0;
  private static final int MIN_STORIES = 3;
  static final int MAX_STORIES = 12;
  private static final int DRIVERS = 3;

  private TurningPoints() {}

  static List<DyadSeries.TurningPoint> find(Period by, List<LocalDate> starts, NavigableMap<LocalDate, List<StoryRow>> buckets) {
    int window = window(by);
    List<DyadSeries.TurningPoint> candidates = new ArrayList<>();
    for (int i = 1; i < starts.size(); i++) {
      // a change starts with a period that has stories, not with the quiet before it
      if (buckets.getOrDefault(starts.get(i), List.of()).isEmpty()) {
        continue;
      }
      List<StoryRow> before = collect(buckets, starts, Math.max(0, i - window), i);
      List<StoryRow> after = collect(buckets, starts, i, Math.min(starts.size(), i + window));
      // compare the stories nearest the boundary: sparse dyads have few stories a period
      before = before.subList(Math.max(0, before.size() - MAX_STORIES), before.size());
      after = after.subList(0, Math.min(after.size(), MAX_STORIES));
      if (before.size() >= MIN_STORIES && after.size() >= MIN_STORIES) {
        DyadSeries.TurningPoint tp = test(by, starts.get(i), before, after);
        if (tp != null) {
          candidates.add(tp);
        }
      }
    }
    return strongestApart(candidates, by, window);
  }

  /** How far back and ahead a window reaches: a year (52 weeks, 12 months, 4 quarters, 2 years). */
  private static int window(Period by) {
    return switch (by) {
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 2;
    };
  }

  private static List<StoryRow> collect(NavigableMap<LocalDate, List<StoryRow>> buckets, List<LocalDate> starts,
      int from, int to) {
    List<StoryRow> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.addAll(buckets.getOrDefault(starts.get(i), List.of()));
    }
    return out;
  }

  private static DyadSeries.TurningPoint test(Period by, LocalDate start, List<StoryRow> before, List<StoryRow> after) {
    double[] b = stats(before);
    double[] a = stats(after);
    double se = Math.sqrt(b[1] / before.size() + a[1] / after.size());
    double t = se == 0 ? 0 : (a[0] - b[0]) / se;
    if (Math.abs(t) < T_CRITICAL) {
      return null;
    }
    String kind = t > 0 ? "thaw" : "freeze";
    // the stories that open the new phase drive it, not the ones a year on
    List<StoryRow> drivers = after.subList(0, Math.max(MIN_STORIES, after.size() / 2)).stream()
        .sorted(Comparator.comparingDouble((StoryRow s) -> t > 0 ? -s.intensity() : s.intensity())
            .thenComparing(StoryRow::day))
        .limit(DRIVERS).toList();
    return new DyadSeries.TurningPoint(by.label(start), start.toString(), kind, SeriesBuilder.round(b[0]),
        SeriesBuilder.round(a[0]), share(before), share(after), SeriesBuilder.round(t),
        drivers.stream().map(StoryRow::storyId).toList(), drivers.stream().map(StoryRow::summary).toList());
  }

  /** Mean and sample variance of the intensities. */
  private static double[] stats(List<StoryRow> rows) {
    double mean = rows.stream().mapToDouble(StoryRow::intensity).average().orElse(0);
    double var = rows.stream().mapToDouble(s -> (s.intensity() - mean) * (s.intensity() - mean)).sum()
        / Math.max(1, rows.size() - 1);
    return new double[] {mean, var};
  }

  private static double share(List<StoryRow> rows) {
    return SeriesBuilder.round(rows.stream().filter(s -> PloverType.fromString(s.plover()).quad().cooperative()).count() / (double) rows.size());
  }

  /** The strongest candidate in each neighbourhood of one window: a change is reported once, where it is sharpest. */
  private static List<DyadSeries.TurningPoint> strongestApart(List<DyadSeries.TurningPoint> candidates, Period by,
      int window) {
    List<DyadSeries.TurningPoint> kept = new ArrayList<>();
    candidates.stream().sorted(Comparator.comparingDouble(tp -> -Math.abs(tp.t()))).forEach(tp -> {
      LocalDate d = LocalDate.parse(tp.date());
      boolean near = kept.stream().anyMatch(k -> distance(by, LocalDate.parse(k.date()), d) < window);
      if (!near) {
        kept.add(tp);
      }
    });
    kept.sort(Comparator.comparing(DyadSeries.TurningPoint::date));
    return kept;
  }

  private static long distance(Period by, LocalDate a, LocalDate b) {
    LocalDate lo = a.isBefore(b) ? a : b;
    LocalDate hi = a.isBefore(b) ? b : a;
    long n = 0;
    for (LocalDate p = lo; p.isBefore(hi); p = by.next(p)) {
      n++;
    }
    return n;
  }
}
