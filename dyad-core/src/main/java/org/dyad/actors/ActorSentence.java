package org.dyad.actors;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.util.Validate;

/**
 * One annotated sentence with its actor mentions, as the stages after the actors stage see it.
 *
 * @param sentence the sentence, parsed only when the events stage chose to parse it
 * @param mentions its actor and place mentions, in text order
 */
public record ActorSentence(Sentence sentence, List<Mention> mentions) {
  public ActorSentence {
    Validate.notNull(sentence, "sentence");
    mentions = List.copyOf(mentions);
  }
}
