package org.dyad.series;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.util.Validate;

/**
 * The stories of one period counted, as a series point needs them: a store can count them where they are kept
 * and hand over these few figures instead of every story.
 *
 * @param start the period's first day
 * @param stories how many stories it holds
 * @param mentions the events merged into them
 * @param sumIntensity their intensities summed one by one in story order (first day, then story id), the order
 *     {@link SeriesBuilder} sums them in, so that the rounded figures agree to the last digit
 * @param byType stories per PLOVER type (types without stories may be left out)
 */
public record PeriodCount(LocalDate start, int stories, int mentions, double sumIntensity, Map<String, Integer> byType) {
  public PeriodCount {
    Validate.notNull(start, "start");
    byType = Map.copyOf(new TreeMap<>(byType));
  }
}
