package org.dyad.model;

import java.util.List;
import java.util.Set;
import org.dyad.util.Validate;

/**
 * One quotation of an article: the words someone said, directly (in quote marks) or reported ("X said that …").
 *
 * @param id stable id: hash of article id, span and kind
 * @param articleId the article the quote was read from
 * @param text the quoted words without the quote marks (a reported quote: the clause after the speech verb)
 * @param kind {@code direct} or {@code reported}
 * @param span character offsets [start, end) of the quoted words in the article text
 * @param sentenceIndex index of the sentence where the quote starts, from 0
 * @param speaker who said it, as the event actor JSON, or {@code null} when unknown
 * @param verb the speech verb as written ("said", "told", "according to"), or {@code null} when none attributes it
 * @param speakerSpan character offsets [start, end) of the speaker's words in the article text, or {@code null}
 */
public record Quote(String id, String articleId, String text, String kind, List<Integer> span, int sentenceIndex,
    EventActor speaker, String verb, List<Integer> speakerSpan) {

  /** The kinds of quote the store and the API know. */
  public static final Set<String> KINDS = Set.of("direct", "reported");

  public Quote {
    Validate.notNull(id, "id");
    Validate.notNull(articleId, "articleId");
    Validate.isTrue(text != null && !text.isBlank(), "text", text, "must hold the quoted words");
    Validate.isTrue(KINDS.contains(kind), "kind", kind, "must be direct or reported");
    Validate.isTrue(validSpan(span), "span", span, "must hold start <= end");
    Validate.isTrue(sentenceIndex >= 0, "sentenceIndex", sentenceIndex, "must not be negative");
    Validate.isTrue(speakerSpan == null || validSpan(speakerSpan), "speakerSpan", speakerSpan, "must hold start <= end");
    Validate.isTrue(speaker != null || speakerSpan == null, "speakerSpan", speakerSpan, "must be null without a speaker");
    span = List.copyOf(span);
    speakerSpan = speakerSpan == null ? null : List.copyOf(speakerSpan);
  }

  private static boolean validSpan(List<Integer> s) {
    return s != null && s.size() == 2 && s.get(0) != null && s.get(1) != null && s.get(0) >= 0 && s.get(0) <= s.get(1);
  }
}
