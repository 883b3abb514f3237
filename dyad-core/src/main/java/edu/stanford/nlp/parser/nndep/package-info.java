/**
 * dyad's one class in CoreNLP's parser package: {@link edu.stanford.nlp.parser.nndep.FastScores}, the nndep
 * parser's forward pass with CoreNLP's arithmetic laid out for speed. It lives here only because the method it
 * replaces is package-private; {@link org.dyad.nlp.Nlp} loads the parser through it.
 *
 * <p>May use: CoreNLP only.
 */
package edu.stanford.nlp.parser.nndep;
