package org.dyad.nlp;

/**
 * One token of an annotated sentence.
 *
 * @param index position in the sentence, from 0
 * @param word the word as written
 * @param lemma its lemma
 * @param pos Penn Treebank part of speech
 * @param ner PERSON, LOCATION, ORGANIZATION or O
 * @param begin character offset in the text
 * @param end character offset after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  /** True for a finite verb with a tense of its own (VBD, VBZ, VBP): the head of a clause. */
  public boolean finite() {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  /** True for verbs (VB, VBD, VBZ, ...). */
  public boolean verb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /** True for common and proper nouns. */
  public boolean noun() {
    return pos.startsWith("NN");
  }
}
