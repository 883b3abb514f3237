package org.dyad.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.Mention;
import org.dyad.model.DatePrecision;

/** What one article's earlier sentences tell later ones: dates, the open quote's speaker, the last meeting and measure. */
final class ArticleState {
  private final LocalDate dct;
  private EventDate lastDay;
  private EventDate previousDate;
  private EventDate currentDate;
  private Mention quoteSpeaker;
  private List<Mention> previousMeeting = List.of();
  private List<Mention> currentMeeting = List.of();
  private Lexicon.Measure lastMeasure;
  private boolean quoteOpen;
  private Mention previousSpeaker;
  // the other side of each actor's latest dyadic event in the article, by actor code
  private final Map<String, Mention> counterparts = new HashMap<>();
  // the target of each actor's latest dyadic act of each CAMEO root ("16" sanctions), by actor code and root
  private final Map<String, Mention> actTargets = new HashMap<>();

  ArticleState(LocalDate dct) {
    this.dct = dct;
  }

  LocalDate dct() {
    return dct;
  }

  EventDate lastDay() {
    return lastDay;
  }

  EventDate previousDate() {
    return previousDate;
  }

  Mention quoteSpeaker() {
    return quoteSpeaker;
  }

  List<Mention> previousMeeting() {
    return previousMeeting;
  }

  Lexicon.Measure lastMeasure() {
    return lastMeasure;
  }

  void measure(Lexicon.Measure m) {
    lastMeasure = m;
  }

  void dated(EventDate d) {
    if (d.value() != null) {
      currentDate = d;
      if (d.precision() == DatePrecision.DAY) {
        lastDay = d;
      }
    }
  }

  /** Records that {@code source} acted on {@code target}: each is the other's counterpart from now on. */
  void dyad(Mention source, Mention target) {
    counterparts.put(source.code(), target);
    counterparts.put(target.code(), source);
  }

  /** Records that {@code source} did an act of CAMEO root {@code root} ("16") to {@code target}. */
  void act(Mention source, String root, Mention target) {
    actTargets.put(source.code() + "|" + root, target);
  }

  /** The target of the latest dyadic act of CAMEO root {@code root} by the actor coded {@code code}, or null. */
  Mention actTarget(String code, String root) {
    return code == null ? null : actTargets.get(code + "|" + root);
  }

  /** The other side of the latest dyadic event of the actor coded {@code code}, or null. */
  Mention counterpart(String code) {
    return code == null ? null : counterparts.get(code);
  }

  void meeting(Mention source, Mention target) {
    currentMeeting = List.of(source, target);
  }

  boolean quoteOpen() {
    return quoteOpen;
  }

  /**
   * 'Khamenei said the attack lacked military value. "With this move Mr. Reagan has committed a big mistake …':
   * a quotation that opens a sentence naming no speaker of its own is the previous sentence's speaker's.
   */
  void quoteOpens() {
    if (!quoteOpen && previousSpeaker != null) {
      quoteOpen = true;
      quoteSpeaker = previousSpeaker;
    }
  }

  /**
   * Moves to the next sentence; {@code speaker} is the speaker of a quote still open after it, {@code said} the
   * speaker of the sentence just coded (or null).
   */
  void nextSentence(Mention speaker, boolean open, Mention said) {
    previousSpeaker = said;
    quoteOpen = open;
    previousDate = currentDate;
    currentDate = null;
    previousMeeting = currentMeeting;
    currentMeeting = List.of();
    quoteSpeaker = speaker;
  }
}
