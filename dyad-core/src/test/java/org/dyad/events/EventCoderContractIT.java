package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventExplanation;
import org.dyad.util.Json;
import org.junit.jupiter.api.Test;

class EventCoderContractIT {
  private static final EventCoder CODER = new EventCoder();
  private static final String TEXT = "Talks stalled.\n\nOn the sidelines of the East Asia Summit in Phnom Penh, Russian "
      + "Foreign Minister Sergei Lavrov met Tuesday with U.S. Secretary of State Hillary Clinton.";

  @Test
  void writesTheContractsEventJsonFields() throws Exception {
    Event e = CODER.code("a1", "Xinhua", "2012-11-23T19:09", TEXT).get(0);
    JsonNode j = Json.mapper().readTree(Json.line(e));
    for (String f : List.of("id", "article_id", "outlet", "published", "sentence", "sentence_index", "span", "source",
        "target", "plover", "mode", "cameo", "intensity", "status", "date", "date_precision", "date_text", "location",
        "confidence", "story_id")) {
      assertTrue(j.has(f), "missing field " + f + " in " + j);
    }
    assertEquals("RUS", j.get("source").get("code").asText());
    assertEquals("Sergei Lavrov", j.get("source").get("name").asText());
    assertEquals("USA", j.get("target").get("code").asText());
    assertEquals("CONSULT", j.get("plover").asText());
    assertEquals("044", j.get("cameo").asText());
    assertEquals("third-party", j.get("mode").asText());
    assertEquals(2.5, j.get("intensity").asDouble());
    assertEquals("2012-11-20", j.get("date").asText());
    assertEquals("day", j.get("date_precision").asText());
    assertEquals("Phnom Penh", j.get("location").get("name").asText());
    assertEquals("KHM", j.get("location").get("code").asText());
  }

  @Test
  void spanPointsAtTheSentenceInTheArticleText() {
    Event e = CODER.code("a1", null, "2012-11-23", TEXT).get(0);
    assertEquals(e.sentence(), TEXT.substring(e.span().get(0), e.span().get(1)));
    assertEquals(1, e.sentenceIndex());
  }

  @Test
  void idsAreStableAcrossRunsAndDifferAcrossArticles() {
    String a = CODER.code("a1", null, "2012-11-23", TEXT).get(0).id();
    assertEquals(a, CODER.code("a1", null, "2012-11-23", TEXT).get(0).id());
    assertFalse(a.equals(CODER.code("a2", null, "2012-11-23", TEXT).get(0).id()));
    assertTrue(a.startsWith("e-"));
  }

  @Test
  void explainsMentionsLexiconPatternAndCues() {
    EventExplanation x = CODER.explain("a1", null, "2013-02-05",
        "US Secretary of State John Kerry may visit Russia soon.").get(0);
    assertEquals("hypothetical", x.event().status());
    assertTrue(x.lexicon().startsWith("visit V 042"), x.lexicon());
    assertFalse(x.pattern().isBlank());
    assertTrue(x.statusCues().get(0).contains("may"), x.statusCues().toString());
    assertTrue(x.mentions().get(0).contains("USA/GOV"), x.mentions().toString());
    assertFalse(x.dateCue().isBlank());
  }

  @Test
  void unknownPublicationDateNeverInventsADate() {
    Event e = CODER.code("a1", null, null, "Lavrov met Kerry on Tuesday.").get(0);
    assertEquals("unknown", e.datePrecision());
    assertEquals(null, e.date());
  }
}
