package org.dyad.actors;

/**
 * The step that resolved a mention, as a value the coder may test; the explanation ({@link Mention#how()}) words
 * the same step for people and is never read back.
 */
public enum Via {
  /** The knowledge base's state: "Russia". */
  COUNTRY,
  /** A state's adjective or people: "Russian", "Iranians". */
  DEMONYM,
  /** A capital standing for its state: "Moscow". */
  CAPITAL,
  /** A building or place standing for a government: "the Kremlin". */
  METONYM,
  /** An international organisation: "NATO". */
  IGO,
  /** A named non-state group: "Hamas". */
  GROUP,
  /** A title or role word with no state before it: "Foreign Minister", "police". */
  TITLE,
  /** A person of the knowledge base, with no state or title before the name. */
  PERSON,
  /** A place that is no state: "Geneva". */
  PLACE,
  /** A name the knowledge base does not know. */
  NO_ENTRY,
  /** The combining form before a hyphen: "Franco-" in "Franco-German". */
  COMBINING_FORM,
  /** "he", "his" for the person named before, or "its", "their" for the subject of the clause. */
  PRONOUN,
  /** "it" or "they" right after a speech verb, for the body that spoke: "Iran said it would …". */
  STATE_PRONOUN,
  /** "we", "our", "us" inside a quotation, for the speaker's side. */
  FIRST_PERSON_PLURAL,
  /** "I", "me", "my" inside a quotation, for the speaker. */
  FIRST_PERSON_SINGULAR,
  /** A name that repeats a person named before: "Lavrov" after "Sergei Lavrov". */
  SAME_PERSON,
  /** A bare title for the latest person of that post: "the minister". */
  TITLE_FOR,
  /** The state of the article's dateline. */
  DATELINE,
  /** The target a named measure implies: "the Iran sanctions bill". */
  MEASURE_TARGET,
  /** The other side of the source's latest dyadic event in the article. */
  COUNTERPART
}
