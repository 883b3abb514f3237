package org.dyad.store;

import java.util.List;

/**
 * The actors and dyads of the stored events, each with its number of events, most first: what a picker offers.
 *
 * @param actors every actor code that acts or is acted on in a stored event
 * @param dyads every pair of two different codes that meet in a stored event, either direction
 */
public record ActorCounts(List<Actor> actors, List<Dyad> dyads) {

  /**
   * One actor code.
   *
   * @param code the actor code ("USA", "NATO")
   * @param events events in which it is source or target
   */
  public record Actor(String code, long events) {}

  /**
   * One unordered pair of actor codes.
   *
   * @param a the code first in alphabetical order
   * @param b the other code
   * @param events events between them, in either direction
   */
  public record Dyad(String a, String b, long events) {}

  public ActorCounts {
    actors = List.copyOf(actors);
    dyads = List.copyOf(dyads);
  }
}
