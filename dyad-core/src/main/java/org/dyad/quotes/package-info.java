/**
 * Quotes: direct speech in quote marks and reported speech ("X said that ...") with the speaker as an actor.
 * Entry class: {@link org.dyad.quotes.QuoteFinder}; speech verbs and naming cues are data under
 * {@code resources/org/dyad/quotes/}.
 *
 * <p>May use: {@code actors}, {@code model}, {@code nlp}, {@code util}.
 */
package org.dyad.quotes;
