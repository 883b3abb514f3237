package org.dyad.actors;

import org.dyad.model.EventActor;

/**
 * A phrase of a sentence that names an actor or a place.
 *
 * @param start first token index
 * @param end token index after the last
 * @param head the token that heads the phrase (its last token)
 * @param text the words as written
 * @param name canonical name, or null
 * @param code actor code, or null when unknown
 * @param sector sector, or null
 * @param person true when the phrase names a person (or a pronoun standing for one)
 * @param place true when the phrase is used as a place ("in Geneva"), not as an actor
 * @param resolution how the code and sector were found, as values coding may test
 * @param how how the code and sector were found, in words for explanations only
 */
public record Mention(int start, int end, int head, String text, String name, String code, String sector,
    boolean person, boolean place, Resolution resolution, String how) {

  public Mention {
    org.dyad.util.Validate.notNull(resolution, "resolution");
  }

  /** The step that resolved the mention. */
  public Via via() {
    return resolution.via();
  }

  /** True when token {@code i} lies inside the phrase. */
  public boolean covers(int i) {
    return i >= start && i < end;
  }

  /** The contract's actor object for this mention. */
  public EventActor actor() {
    return new EventActor(text, name, code, sector);
  }

  /** One line for explanations: "text → CODE/SECTOR (how)". */
  public String explain() {
    return text + " → " + code + "/" + sector + (place ? " [place]" : "") + " (" + how + ")";
  }

  /** The same words, resolved otherwise: another code, sector or name, and how. */
  public Mention with(String newCode, String newSector, String newName, Resolution newResolution, String newHow) {
    return new Mention(start, end, head, text, newName, newCode, newSector, person, place, newResolution, newHow);
  }
}
