/**
 * The temporal tagger: dates, times, durations and sets found by the rules of {@code rules.tsv} and resolved against
 * the document date and the verb's tense. Entry class: {@link org.dyad.time.TemporalTagger}, giving
 * {@link org.dyad.time.Timex}es. Rules and calendar words are data under {@code resources/org/dyad/time/}.
 *
 * <p>May use: {@code util}.
 */
package org.dyad.time;
