package org.dyad.nlp;

/**
 * One Universal Dependencies relation between two tokens of a sentence.
 *
 * @param head index of the governor, -1 for the root
 * @param dep index of the dependent
 * @param rel relation name with its case marker ("nsubj", "obl:with", "nmod:poss")
 */
public record Dep(int head, int dep, String rel) {}
