package org.dyad.series;

import java.time.LocalDate;
import org.dyad.util.Validate;

/**
 * One story of a dyad, as the series counts it: a real-world event however many articles reported it.
 *
 * @param storyId the story id (the event id when the event has no story)
 * @param day the first day the story's events happened
 * @param plover the story's PLOVER type
 * @param intensity the story's Goldstein intensity
 * @param mentions how many events (mentions across articles) the story merges
 * @param summary a sentence that reports it, for turning-point explanations
 */
public record StoryRow(String storyId, LocalDate day, String plover, double intensity, int mentions, String summary) {
  public StoryRow {
    Validate.notNull(storyId, "storyId");
    Validate.notNull(day, "day");
    Validate.notNull(plover, "plover");
  }
}
