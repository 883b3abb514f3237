/**
 * Actors: mentions in annotated sentences resolved to a country or IGO code and a sector valid on the event date,
 * from titles, appositions, metonyms, demonyms and the knowledge base of dated officeholders. Entry classes:
 * {@link org.dyad.actors.Actors} (a text) and {@link org.dyad.actors.ArticleActors} (an article, with coreference).
 * The knowledge base is data under {@code resources/org/dyad/actors/}.
 *
 * <p>May use: {@code model}, {@code nlp}, {@code util}.
 */
package org.dyad.actors;
