/**
 * CoreNLP with lean settings: tokens, sentences, POS, lemmas and NER for every sentence, the dependency parse only
 * for the sentences a later stage asks for. Entry class: {@link org.dyad.nlp.Nlp}, one per JVM
 * ({@link org.dyad.nlp.Nlp#shared()}); its output is {@link org.dyad.nlp.Sentence}s of {@link org.dyad.nlp.Token}s.
 *
 * <p>May use: CoreNLP only.
 */
package org.dyad.nlp;
