package org.dyad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.junit.jupiter.api.Test;

class DyadTimelineTest {

  private static Event event(String id, String article, String outlet, String plover, String status, String date,
      String precision, String story, String sentence) {
    return Event.builder().id(id).articleId(article).outlet(outlet).published("2013-02-05").sentence(sentence)
        .sentenceIndex(0).span(0, sentence.length()).source(new EventActor("Lavrov", null, "RUS", "GOV"))
        .target(new EventActor("Biden", null, "USA", "GOV")).plover(plover).cameo("040").intensity(1.0).status(status)
        .date(date).datePrecision(precision).confidence(0.8).storyId(story).build();
  }

  @Test
  void oneEntryPerDateSortedWithItsSourcesAndOnlyEventsThatHappened() {
    List<Event> events = List.of(
        event("e1", "a1", "Xinhua", "CONSULT", "occurred", "2013-02-02", "day", "s1", "Lavrov met Biden."),
        event("e2", "a2", "China Daily", "CONSULT", "occurred", "2013-02-02", "day", "s1", "Biden and Lavrov met."),
        event("e3", "a3", "Xinhua", "SANCTION", "occurred", "2012-12", "month", "s2", "The US passed a law."),
        event("e4", "a3", "Xinhua", "CONSULT", "hypothetical", "2013-03-01", "day", "s3", "Kerry may visit."));
    Timeline t = DyadTimeline.build("USA:RUS", events, List.of(), 10, 1, null, null);
    assertEquals(List.of("2012-12", "2013-02-02"), t.entries().stream().map(TimelineEntry::date).toList());
    TimelineEntry meeting = t.entries().get(1);
    assertEquals(List.of("e1", "e2"), meeting.events());
    assertEquals(List.of("a1", "a2"), meeting.articles());
    assertEquals(List.of("Xinhua", "China Daily"), meeting.outlets());
    assertEquals(1, meeting.sentences().size());
  }

  @Test
  void keepsTheMostReportedDatesWhenThereAreTooMany() {
    List<Event> events = List.of(
        event("e1", "a1", "X", "CONSULT", "occurred", "2013-02-02", "day", "s1", "Met once."),
        event("e2", "a2", "Y", "CONSULT", "occurred", "2013-02-02", "day", "s1", "Met, said another."),
        event("e3", "a3", "Z", "CONSULT", "occurred", "2013-02-02", "day", "s1", "Met, said a third."),
        event("e4", "a4", "X", "ACCUSE", "occurred", "2013-05-01", "day", "s2", "Accused once."));
    Timeline t = DyadTimeline.build("USA:RUS", events, List.of(), 1, 1, null, null);
    assertEquals(List.of("2013-02-02"), t.entries().stream().map(TimelineEntry::date).toList());
  }

  @Test
  void undatedStoriesComeLastAndYearOnlyDatesAreLeftOut() {
    List<Event> events = List.of(
        event("e1", "a1", "X", "CONSULT", "occurred", null, "unknown", "s1", "Kerry huddled with Putin."),
        event("e2", "a2", "X", "AGREE", "occurred", "2000", "year", "s2", "A 2000 agreement."),
        event("e3", "a3", "X", "ACCUSE", "occurred", "2013-05-01", "day", "s3", "Accused."));
    Timeline t = DyadTimeline.build("USA:RUS", events, List.of(), 10, 1, null, null);
    assertEquals(2, t.entries().size());
    assertEquals("2013-05-01", t.entries().get(0).date());
    assertNull(t.entries().get(1).date());
    assertEquals("unknown", t.entries().get(1).datePrecision());
  }
}
