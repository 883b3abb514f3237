package org.dyad.time;

/**
 * A temporal expression with the evidence behind its value, for explanations.
 *
 * @param timex the expression and its value
 * @param tense the tense guessed from the sentence around it
 * @param rule the id of the pattern in rules.tsv that found it
 * @param anchor the value of the date it was resolved against when not the document date, else null
 */
public record Resolved(Timex timex, Tense tense, String rule, String anchor) {}
