package org.dyad.model;

import java.util.List;
import java.util.Set;
import org.dyad.util.Validate;

/**
 * One coded event as in the contract's Event JSON: who did what to whom, when, where, how sure.
 *
 * @param id stable id: hash of article id, sentence index, CAMEO code and actor codes
 * @param articleId the article the event was read from
 * @param outlet the outlet of the article, or {@code null}
 * @param published the article's publication date or date-time, or {@code null}
 * @param sentence the sentence that reports the event
 * @param sentenceIndex index of the sentence in the article, from 0
 * @param span character offsets [start, end) of the sentence in the article text
 * @param source who acted, or {@code null}
 * @param target who was acted on, or {@code null}
 * @param plover one of the 16 PLOVER event types
 * @param mode the PLOVER mode of the CAMEO code, or {@code null}
 * @param cameo the CAMEO 1.1b3 code
 * @param intensity the Goldstein value of that CAMEO code
 * @param status occurred, planned, hypothetical or negated
 * @param date when the event happened at {@code datePrecision}, or {@code null}
 * @param datePrecision day, week, month, year or unknown
 * @param dateText the words the date was read from, or {@code null}
 * @param location where the event happened, or {@code null}
 * @param confidence how sure the coder is, 0..1
 * @param storyId the story the event belongs to, or {@code null} before story linking
 */
public record Event(
    String id, String articleId, String outlet, String published,
    String sentence, int sentenceIndex, List<Integer> span,
    EventActor source, EventActor target,
    String plover, String mode, String cameo, double intensity,
    String status, String date, String datePrecision, String dateText,
    Location location, double confidence, String storyId) {

  /** The PLOVER event types the contract allows. */
  public static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** The statuses the contract allows. */
  public static final Set<String> STATUSES = Set.of("occurred", "planned", "hypothetical", "negated");

  /** The date precisions the contract allows. */
  public static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year", "unknown");

  public Event {
    Validate.notNull(id, "id");
    Validate.notNull(articleId, "articleId");
    Validate.notNull(sentence, "sentence");
    Validate.isTrue(PLOVER_TYPES.contains(plover), "plover", plover, "must be a PLOVER type");
    Validate.isTrue(STATUSES.contains(status), "status", status, "must be a contract status");
    Validate.isTrue(PRECISIONS.contains(datePrecision), "datePrecision", datePrecision, "must be a contract precision");
    Validate.isTrue(confidence >= 0 && confidence <= 1, "confidence", confidence, "must lie in 0..1");
    Validate.isTrue(span != null && span.size() == 2, "span", span, "must hold start and end");
    span = List.copyOf(span);
  }

  /** True when both sides have an actor code. */
  public boolean dyadic() {
    return source != null && source.code() != null && target != null && target.code() != null;
  }
}
