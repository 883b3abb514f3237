package org.dyad.model;

import java.util.List;

/**
 * Why an event was coded as it was, for {@code dyad code --explain}.
 *
 * @param event the event
 * @param mentions the actor mentions of the sentence, as "text → CODE/SECTOR (how)"
 * @param lexicon the lexicon entry that fired ("meet V 040 act")
 * @param pattern the dependency pattern that found source and target
 * @param statusCues the words behind the status (empty: plain past or present report)
 * @param dateCue how the date was found
 */
public record EventExplanation(Event event, List<String> mentions, String lexicon, String pattern,
    List<String> statusCues, String dateCue) {
  public EventExplanation {
    mentions = List.copyOf(mentions);
    statusCues = List.copyOf(statusCues);
  }
}
