/**
 * User dictionaries: lexicon and actor entries from files in dyad's own layout or in the TABARI/PETRARCH formats,
 * checked line by line at load ({@code FILE:LINE: what is wrong}), with what cannot be used reported once. The
 * coder and the actor resolver take them beside dyad's own tables. May use {@code org.dyad.util} and the
 * {@code org.dyad.events} / {@code org.dyad.actors} entry types; nothing in it parses text.
 */
package org.dyad.dictionary;
