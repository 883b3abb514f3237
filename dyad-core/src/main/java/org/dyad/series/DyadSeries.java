package org.dyad.series;

import java.util.List;
import java.util.Map;

/**
 * The cooperation–conflict series of a dyad: one point per period, counted over stories, not raw mentions.
 *
 * @param dyad the dyad as queried ("USA:RUS")
 * @param by the period length: week, month, quarter or year
 * @param points one per period from the first to the last story, empty periods included
 * @param turningPoints significant changes in the series (thaws and freezes)
 */
public record DyadSeries(String dyad, String by, List<Point> points, List<TurningPoint> turningPoints) {

  public DyadSeries {
    points = List.copyOf(points);
    turningPoints = List.copyOf(turningPoints);
  }

  /**
   * One period.
   *
   * @param period its label ("2013-02")
   * @param start its first day (ISO)
   * @param stories stories that happened in it
   * @param mentions events (reports) merged into those stories
   * @param byType stories per PLOVER type
   * @param byQuad stories per quad class
   * @param meanIntensity mean Goldstein intensity over stories, null without stories
   * @param sumIntensity summed Goldstein intensity over stories
   * @param cooperationShare share of stories in the two cooperation classes, null without stories
   */
  public record Point(String period, String start, int stories, int mentions, Map<String, Integer> byType,
      Map<String, Integer> byQuad, Double meanIntensity, double sumIntensity, Double cooperationShare) {}

  /**
   * A thaw or a freeze: the series after {@code period} differs significantly from the series before it.
   *
   * @param period the first period of the new phase
   * @param date its first day (ISO)
   * @param kind "thaw" when intensity rises, "freeze" when it falls
   * @param meanBefore mean story intensity in the window before
   * @param meanAfter mean story intensity in the window after
   * @param shareBefore cooperation share before
   * @param shareAfter cooperation share after
   * @param t Welch's t statistic of the change in intensity
   * @param stories the stories that drove the change (ids), strongest first
   * @param summaries one sentence for each driving story
   */
  public record TurningPoint(String period, String date, String kind, double meanBefore, double meanAfter,
      double shareBefore, double shareAfter, double t, List<String> stories, List<String> summaries) {}

  /** The figures as rows for CSV: period, counts per quad class and type, intensities, share. */
  public Map<String, Object> asMap() {
    return Map.of("dyad", dyad, "by", by, "points", points, "turning_points", turningPoints);
  }
}
