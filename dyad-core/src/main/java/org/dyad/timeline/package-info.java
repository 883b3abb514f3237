/**
 * Timelines: the days the articles of a topic refer to most, each summarised by the sentences that say what
 * happened ({@link org.dyad.timeline.TimelineBuilder}), or a dyad's timeline from its coded stories
 * ({@link org.dyad.timeline.DyadTimeline}); both give a {@link org.dyad.timeline.Timeline}.
 *
 * <p>May use: {@code model}, {@code series} (turning points), {@code text} (terms), {@code time}, {@code util}.
 * Never {@code eval}: the benchmark scores timelines, timelines do not know the benchmark.
 */
package org.dyad.timeline;
