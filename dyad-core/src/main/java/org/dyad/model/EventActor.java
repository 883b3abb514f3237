package org.dyad.model;

import org.dyad.util.Validate;

/**
 * One side of an event as in the contract's Event JSON.
 *
 * @param text the words of the sentence that name the actor
 * @param name the actor's canonical name (a person's full name, a state's name), or {@code null}
 * @param code ISO alpha-3 or IGO acronym, or {@code null} when unknown
 * @param sector GOV, MIL, LEG, JUD, DIP, OPP, REB, BUS, MED, EDU, NGO, IGO, CVL, or {@code null}
 */
public record EventActor(String text, String name, String code, String sector) {
  public EventActor {
    Validate.notNull(text, "text");
  }
}
