/**
 * Stories: events of any article that report the same happening get one story id
 * ({@link org.dyad.stories.StoryLinker}); near-duplicate reprints are found by MinHash
 * ({@link org.dyad.stories.Reprints}).
 *
 * <p>May use: {@code model}, {@code util}.
 */
package org.dyad.stories;
