/**
 * Event coding: lexicon triggers, source and target from the dependency parse, CAMEO code, PLOVER type and
 * Goldstein value, status from modality and negation, the date the event happened, location and confidence.
 * Entry class: {@link org.dyad.events.EventCoder}; the lexicon and the CAMEO table are data under
 * {@code resources/org/dyad/events/}.
 *
 * <p>May use: {@code actors}, {@code model}, {@code nlp}, {@code time}, {@code util}.
 */
package org.dyad.events;
