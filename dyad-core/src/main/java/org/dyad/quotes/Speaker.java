package org.dyad.quotes;

import java.util.List;
import org.dyad.model.EventActor;

/**
 * Who said a quote, as found in one sentence.
 *
 * @param actor the event actor JSON of the speaker
 * @param start character offset of the speaker's words in the article text
 * @param end character offset after them
 * @param person true when the speaker is a person (so "he" may stand for them later)
 * @param sentence index of the sentence that names the speaker
 */
record Speaker(EventActor actor, int start, int end, boolean person, int sentence) {
  List<Integer> span() {
    return List.of(start, end);
  }

  /** The same speaker with the name, code and sector of {@code other}, keeping this sentence's words. */
  Speaker as(EventActor other) {
    return new Speaker(new EventActor(actor.text(), other.name(), other.code(), other.sector()), start, end, person,
        sentence);
  }
}
