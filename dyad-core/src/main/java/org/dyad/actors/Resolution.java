package org.dyad.actors;

/**
 * How a mention's code and sector were found, as values that coding tests (the explanation string is for people
 * only, so rewording it changes no event).
 *
 * @param via the step that resolved the mention
 * @param title a title or role word of the knowledge base is among its words ("Foreign Minister", "police")
 * @param person a person of the knowledge base is among its words
 * @param implied its title alone gave the country ("Treasury Secretary" → USA): no state or person was named
 * @param names what the knowledge base and the text call the actor, its post and what gave its side (entry names,
 *     roles, apposition and context phrases), space-separated, for finding a post a later bare title repeats
 */
public record Resolution(Via via, boolean title, boolean person, boolean implied, String names) {

  /** A resolution by {@code via} with no knowledge-base title or person, naming {@code names}. */
  public static Resolution of(Via via, String names) {
    return new Resolution(via, false, false, false, names);
  }

  /** The same resolution, taking {@code more} words that named the side or post. */
  public Resolution naming(String... more) {
    StringBuilder b = new StringBuilder(names);
    for (String w : more) {
      b.append(' ').append(w);
    }
    return new Resolution(via, title, person, implied, b.toString());
  }

  /** True when the step stands for an actor named elsewhere: a pronoun, a repeated name, a bare title. */
  public boolean indirect() {
    return via == Via.PRONOUN || via == Via.SAME_PERSON || via == Via.TITLE_FOR;
  }
}
