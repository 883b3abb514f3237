package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentence table of {@code sentences.tsv}: every PLOVER type, passives, nominal events, negation, modality, dates. */
class EventCoderSentencesIT {
  private static final EventCoder CODER = new EventCoder();

  record Case(String sentence, String published, String source, String target, String plover, String cameo,
      String status, String date) {
    @Override
    public String toString() {
      return source + " " + plover + " " + target + " " + status + " " + date + " ← " + sentence;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EventCoderSentencesIT.class.getResourceAsStream("sentences.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          out.add(new Case(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void codesTheSentenceAsWritten(Case c) {
    List<Event> events = CODER.code("test", null, c.published(), c.sentence());
    String got = events.stream().map(EventCoderSentencesIT::show).collect(Collectors.joining("\n  "));
    if (c.plover().equals("NONE")) {
      assertTrue(events.stream().noneMatch(e -> pair(e, c.source(), c.target()) || pair(e, c.target(), c.source())),
          "expected no " + c.source() + "–" + c.target() + " event, got\n  " + got);
    } else if (c.plover().startsWith("!")) {
      String type = c.plover().substring(1);
      assertTrue(events.stream().noneMatch(e -> (pair(e, c.source(), c.target()) || pair(e, c.target(), c.source()))
          && e.plover().equals(type)), "expected no " + type + " between " + c.source() + " and " + c.target()
          + ", got\n  " + got);
    } else {
      assertTrue(events.stream().anyMatch(e -> matches(c, e)), "expected " + c + "\ngot\n  " + got);
    }
  }

  @org.junit.jupiter.api.Test
  void anUndatedEventOfTheStoryTakesItsDayNotNoDate() {
    String text = "The talks resumed on Monday in Geneva, officials said. Diplomats expected little from them. "
        + "The Greek minister, in Ankara for talks with Turkish officials, said little had changed.";
    List<Event> events = CODER.code("test", null, "1987-05-13", text);
    Event talks = events.stream().filter(e -> pair(e, "GRC", "TUR") && e.plover().equals("CONSULT")).findFirst()
        .orElseThrow(() -> new AssertionError(events.stream().map(EventCoderSentencesIT::show).toList().toString()));
    assertTrue("1987-05-11".equals(talks.date()) || "1987-05-13".equals(talks.date()), show(talks));
  }

  @org.junit.jupiter.api.Test
  void hereInADatelinedStoryIsTheDatelinesPlace() {
    String text = "Officials said a visit here next week by Japanese trade officials would not change minds.";
    List<Event> datelined = CODER.codeWithSentences("test", null, "1987-04-01", "WASHINGTON", text).events().stream()
        .map(org.dyad.model.EventExplanation::event).toList();
    assertTrue(datelined.stream().anyMatch(e -> pair(e, "JPN", "USA") && e.cameo().equals("042")), datelined.stream().map(EventCoderSentencesIT::show).toList().toString());
    List<Event> plain = CODER.code("test", null, "1987-04-01", text);
    assertTrue(plain.stream().noneMatch(e -> pair(e, "JPN", "USA")), plain.stream().map(EventCoderSentencesIT::show).toList().toString());
  }

  private static boolean matches(Case c, Event e) {
    return pair(e, c.source(), c.target()) && e.plover().equals(c.plover()) && e.cameo().startsWith(c.cameo())
        && e.status().equals(c.status()) && dateMatches(c.date(), e.date());
  }

  private static boolean pair(Event e, String source, String target) {
    return code(e.source()).equals(source) && code(e.target()).equals(target);
  }

  private static boolean dateMatches(String expected, String got) {
    return expected.equals("*") || (expected.equals("-") ? got == null : expected.equals(got));
  }

  private static String code(EventActor a) {
    return a == null || a.code() == null ? "-" : a.code();
  }

  private static String show(Event e) {
    return code(e.source()) + " " + e.plover() + "/" + e.cameo() + " " + code(e.target()) + " " + e.status() + " " + e.date();
  }
}
