package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.util.Tsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrases of lexicon.tsv through the whole coder: {@code lexicon-sentences.tsv}, one PLOVER type or more a case. */
class LexiconSentencesIT {
  private static final EventCoder CODER = new EventCoder();

  record Case(String sentence, String source, String target, String plover, String cameo) {
    boolean absent() {
      return plover.startsWith("!");
    }

    @Override
    public String toString() {
      return source + " " + plover + "/" + cameo + " " + target + " ← " + sentence;
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String[] r : Tsv.read("/org/dyad/events/lexicon-sentences.tsv", 5)) {
      out.add(new Case(r[0].trim(), r[1].trim(), r[2].trim(), r[3].trim(), r[4].trim()));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void codesThePhraseWithItsPloverTypeAndCameoRoot(Case c) {
    List<Event> events = CODER.code("lexicon", null, "2015-06-01", c.sentence());
    String got = events.stream().map(LexiconSentencesIT::show).collect(Collectors.joining("\n  "));
    if (c.absent()) {
      String type = c.plover().substring(1);
      assertTrue(events.stream().noneMatch(e -> e.plover().equals(type)
          && (pair(e, c.source(), c.target()) || pair(e, c.target(), c.source()))), "expected no " + c + ", got\n  " + got);
    } else {
      assertTrue(events.stream().anyMatch(e -> pair(e, c.source(), c.target()) && e.plover().equals(c.plover())
          && e.cameo().startsWith(c.cameo())), "expected " + c + "\ngot\n  " + got);
    }
  }

  private static boolean pair(Event e, String source, String target) {
    return code(e.source()).equals(source) && code(e.target()).equals(target);
  }

  private static String code(EventActor a) {
    return a == null || a.code() == null ? "-" : a.code();
  }

  private static String show(Event e) {
    return code(e.source()) + " " + e.plover() + "/" + e.cameo() + " " + code(e.target()) + " " + e.status();
  }
}
