package org.dyad.events;

/** A word of a sentence that the lexicon says reports an event. */
record Trigger(int token, Lexicon.Entry entry) {}
