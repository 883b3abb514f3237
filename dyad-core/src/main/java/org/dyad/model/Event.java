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
 * @param plover one of the 16 PLOVER event types ({@link PloverType})
 * @param mode the PLOVER mode of the CAMEO code, or {@code null}
 * @param cameo the CAMEO 1.1b3 code
 * @param intensity the Goldstein value of that CAMEO code
 * @param status occurred, planned, hypothetical or negated ({@link EventStatus})
 * @param date when the event happened at {@code datePrecision}, or {@code null}
 * @param datePrecision day, week, month, year or unknown ({@link DatePrecision})
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

  /** The PLOVER event types the contract allows ({@link PloverType}'s contract strings). */
  public static final Set<String> PLOVER_TYPES = Set.copyOf(PloverType.contracts());

  /** The statuses the contract allows ({@link EventStatus}'s contract strings). */
  public static final Set<String> STATUSES = Set.copyOf(EventStatus.contracts());

  /** The date precisions the contract allows ({@link DatePrecision}'s contract strings). */
  public static final Set<String> PRECISIONS = Set.copyOf(DatePrecision.contracts());

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

  /** The status as its constant. */
  public EventStatus eventStatus() {
    return EventStatus.fromString(status);
  }

  /** The date precision as its constant. */
  public DatePrecision precision() {
    return DatePrecision.fromString(datePrecision);
  }

  /** True when both sides have an actor code. */
  public boolean dyadic() {
    return source != null && source.code() != null && target != null && target.code() != null;
  }

  /** A builder with nothing set: the record's checks run in {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this event's values, to build a copy that differs in a few. */
  public Builder toBuilder() {
    return new Builder().id(id).articleId(articleId).outlet(outlet).published(published).sentence(sentence)
        .sentenceIndex(sentenceIndex).span(span).source(source).target(target).plover(plover).mode(mode)
        .cameo(cameo).intensity(intensity).status(status).date(date).datePrecision(datePrecision)
        .dateText(dateText).location(location).confidence(confidence).storyId(storyId);
  }

  /** Builds an {@link Event} one named value at a time; a value not set is null, or 0 for a number. */
  public static final class Builder {
    private String id;
    private String articleId;
    private String outlet;
    private String published;
    private String sentence;
    private int sentenceIndex;
    private List<Integer> span;
    private EventActor source;
    private EventActor target;
    private String plover;
    private String mode;
    private String cameo;
    private double intensity;
    private String status;
    private String date;
    private String datePrecision;
    private String dateText;
    private Location location;
    private double confidence;
    private String storyId;

    private Builder() {}

    /** See {@link Event#id()}. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** See {@link Event#articleId()}. */
    public Builder articleId(String value) {
      articleId = value;
      return this;
    }

    /** See {@link Event#outlet()}. */
    public Builder outlet(String value) {
      outlet = value;
      return this;
    }

    /** See {@link Event#published()}. */
    public Builder published(String value) {
      published = value;
      return this;
    }

    /** See {@link Event#sentence()}. */
    public Builder sentence(String value) {
      sentence = value;
      return this;
    }

    /** See {@link Event#sentenceIndex()}. */
    public Builder sentenceIndex(int value) {
      sentenceIndex = value;
      return this;
    }

    /** See {@link Event#span()}. */
    public Builder span(List<Integer> value) {
      span = value;
      return this;
    }

    /** The sentence's character offsets [start, end) in the article text. */
    public Builder span(int start, int end) {
      return span(List.of(start, end));
    }

    /** See {@link Event#source()}. */
    public Builder source(EventActor value) {
      source = value;
      return this;
    }

    /** See {@link Event#target()}. */
    public Builder target(EventActor value) {
      target = value;
      return this;
    }

    /** See {@link Event#plover()}. */
    public Builder plover(String value) {
      plover = value;
      return this;
    }

    /** The PLOVER type by its constant. */
    public Builder plover(PloverType value) {
      return plover(value.contract());
    }

    /** See {@link Event#mode()}. */
    public Builder mode(String value) {
      mode = value;
      return this;
    }

    /** See {@link Event#cameo()}. */
    public Builder cameo(String value) {
      cameo = value;
      return this;
    }

    /** See {@link Event#intensity()}. */
    public Builder intensity(double value) {
      intensity = value;
      return this;
    }

    /** See {@link Event#status()}. */
    public Builder status(String value) {
      status = value;
      return this;
    }

    /** The status by its constant. */
    public Builder status(EventStatus value) {
      return status(value.contract());
    }

    /** See {@link Event#date()}. */
    public Builder date(String value) {
      date = value;
      return this;
    }

    /** See {@link Event#datePrecision()}. */
    public Builder datePrecision(String value) {
      datePrecision = value;
      return this;
    }

    /** The date precision by its constant. */
    public Builder datePrecision(DatePrecision value) {
      return datePrecision(value.contract());
    }

    /** See {@link Event#dateText()}. */
    public Builder dateText(String value) {
      dateText = value;
      return this;
    }

    /** See {@link Event#location()}. */
    public Builder location(Location value) {
      location = value;
      return this;
    }

    /** See {@link Event#confidence()}. */
    public Builder confidence(double value) {
      confidence = value;
      return this;
    }

    /** See {@link Event#storyId()}. */
    public Builder storyId(String value) {
      storyId = value;
      return this;
    }

    /** The event; fails as the record's constructor does, naming the first bad value. */
    public Event build() {
      return new Event(id, articleId, outlet, published, sentence, sentenceIndex, span, source, target, plover, mode,
          cameo, intensity, status, date, datePrecision, dateText, location, confidence, storyId);
    }
  }
}
