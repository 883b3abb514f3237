/**
 * Text analysis shared by production code and the benchmarks: {@link org.dyad.text.Terms} (lower-cased tokens,
 * stop words dropped, Porter-stemmed, as ROUGE compares them), the {@link org.dyad.text.PorterStemmer} and the one
 * list of English function words, {@link org.dyad.text.StopWords}.
 *
 * <p>May use: {@code util}.
 */
package org.dyad.text;
