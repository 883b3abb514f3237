package org.dyad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {

  private static Event event(String id, String article, String src, String tgt, String plover, String date,
      String precision) {
    return Event.builder().id(id).articleId(article).outlet("Outlet " + article).published("2013-02-05")
        .sentence("sentence " + id).sentenceIndex(0).span(0, 10).source(new EventActor(src, null, src, "GOV"))
        .target(new EventActor(tgt, null, tgt, "GOV")).plover(plover).cameo("040").intensity(1.0)
        .status(EventStatus.OCCURRED).date(date).datePrecision(precision).confidence(0.8).build();
  }

  private static List<String> stories(List<Event> linked) {
    return linked.stream().map(Event::storyId).toList();
  }

  @Test
  void theSameMeetingReportedByTwoOutletsIsOneStoryInEitherDirection() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "RUS", "USA", "CONSULT", "2013-02-02", "day"),
        event("e2", "a2", "USA", "RUS", "CONSULT", "2013-02-02", "day")));
    assertNotNull(linked.get(0).storyId());
    assertEquals(linked.get(0).storyId(), linked.get(1).storyId());
  }

  @Test
  void anOutletInAnotherTimeZoneDatingItADayLaterStillJoins() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "RUS", "USA", "CONSULT", "2013-02-02", "day"),
        event("e2", "a2", "RUS", "USA", "CONSULT", "2013-02-03", "day")));
    assertEquals(linked.get(0).storyId(), linked.get(1).storyId());
  }

  @Test
  void twoMeetingsOfTheSamePairAWeekApartStayApart() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "RUS", "USA", "CONSULT", "2013-02-02", "day"),
        event("e2", "a2", "RUS", "USA", "CONSULT", "2013-02-09", "day")));
    assertNotEquals(linked.get(0).storyId(), linked.get(1).storyId());
  }

  @Test
  void aFollowUpGivingOnlyTheMonthJoinsTheStoryOfThatMonth() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "USA", "RUS", "SANCTION", "2012-12-14", "day"),
        event("e2", "a2", "USA", "RUS", "SANCTION", "2012-12", "month")));
    assertEquals(linked.get(0).storyId(), linked.get(1).storyId());
  }

  @Test
  void directionMattersForAccusations() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "USA", "RUS", "ACCUSE", "2014-03-17", "day"),
        event("e2", "a2", "RUS", "USA", "ACCUSE", "2014-03-17", "day")));
    assertNotEquals(linked.get(0).storyId(), linked.get(1).storyId());
  }

  @Test
  void undatedEventsJoinOnlyWithinTheirOwnArticle() {
    List<Event> linked = new StoryLinker(List.of()).link(List.of(
        event("e1", "a1", "USA", "RUS", "ACCUSE", null, "unknown"),
        event("e2", "a1", "USA", "RUS", "ACCUSE", null, "unknown"),
        event("e3", "a2", "USA", "RUS", "ACCUSE", null, "unknown")));
    assertEquals(linked.get(0).storyId(), linked.get(1).storyId());
    assertNotEquals(linked.get(0).storyId(), linked.get(2).storyId());
  }

  @Test
  void storiesContinueAcrossRunsFromStoredEvents() {
    Event first = new StoryLinker(List.of()).link(List.of(event("e1", "a1", "RUS", "USA", "CONSULT", "2013-02-02", "day"))).get(0);
    Event later = new StoryLinker(List.of(first)).link(List.of(event("e9", "a9", "USA", "RUS", "CONSULT", "2013-02-02", "day"))).get(0);
    assertEquals(first.storyId(), later.storyId());
  }

  @Test
  void reprintsWithSmallEditsAreFoundAndDifferentStoriesAreNot() {
    String wire = "Russian Foreign Minister Sergei Lavrov met US Vice President Joseph Biden on Saturday on the sidelines "
        + "of the Munich Security Conference, the first high-level contact since the US election, and both sides said "
        + "the talks were friendly and useful for the agenda of the coming months in arms control and Syria.";
    String edited = wire.replace("on Saturday", "on Saturday afternoon") + " Editor: J. Doe.";
    String other = "The United States imposed sanctions on seven Russian officials on Monday over the annexation of "
        + "Crimea, freezing their assets and banning their travel, and warned that more measures could follow soon.";
    Reprints reprints = new Reprints(0.6);
    assertNull(reprints.add("a1", wire));
    assertEquals("a1", reprints.add("a2", edited));
    assertNull(reprints.add("a3", other));
  }
}
