/**
 * Actors: mentions in annotated sentences resolved to a country or IGO code and a sector valid on the event date,
 * from titles, appositions, metonyms, demonyms and the knowledge base of dated officeholders. Entry classes:
 * {@link org.dyad.actors.Actors} (a text) and {@link org.dyad.actors.ArticleActors} (an article, with coreference).
 * The knowledge base is data under {@code resources/org/dyad/actors/}. A {@link org.dyad.actors.Mention} says how it
 * was resolved twice: as values ({@link org.dyad.actors.Resolution}, {@link org.dyad.actors.Via}) that coding tests,
 * and in words ({@code how()}) for {@code --explain} only, so rewording an explanation changes no event.
 *
 * <p>May use: {@code model}, {@code nlp}, {@code util}.
 */
package org.dyad.actors;
