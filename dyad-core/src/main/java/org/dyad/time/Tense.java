package org.dyad.time;

/** The tense of the verb governing a temporal expression, as far as light heuristics can tell. */
public enum Tense {
  PAST, PRESENT, FUTURE, NONE
}
