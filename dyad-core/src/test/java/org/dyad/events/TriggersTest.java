package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which unparsed sentences are worth a dependency parse: only those that can yield a trigger. */
class TriggersTest {
  private static final Triggers TRIGGERS = new Triggers(new Lexicon());

  // word/lemma/POS triples; an actor name spans the tokens given by the last column ("start-end" or "-")
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "The/the/DT minister/minister/NN visited/visit/VBD Moscow/Moscow/NNP | - | true",
      "The/the/DT minister/minister/NN flew/fly/VBD home/home/RB | - | false",
      "The/the/DT minister/minister/NN flew/fly/VBD to/to/TO Moscow/Moscow/NNP | - | true",
      "The/the/DT Security/security/NNP Council/council/NNP met/meet/VBD | - | true",
      "The/the/DT talks/talk/NNS Council/council/NNP spoke/speak/VBD | 0-3 | false",
      "Rain/rain/NN fell/fall/VBD all/all/DT day/day/NN | - | false",
      "They/they/PRP called/call/VBD for/for/IN calm/calm/NN | - | true",
      "They/they/PRP called/call/VBD him/he/PRP | - | false",
  })
  void parsesOnlySentencesThatCanYieldATrigger(String tokens, String actor, boolean expected) {
    Sentence s = sentence(tokens);
    List<Mention> mentions = new ArrayList<>();
    if (!actor.equals("-")) {
      String[] r = actor.split("-");
      int start = Integer.parseInt(r[0]);
      int end = Integer.parseInt(r[1]);
      mentions.add(new Mention(start, end, end - 1, "x", "x", "UN", "IGO", false, false, org.dyad.actors.Resolution.of(org.dyad.actors.Via.IGO, "x"), "test"));
    }
    assertEquals(expected, TRIGGERS.mayHaveTrigger(s, mentions));
  }

  private static Sentence sentence(String spec) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : spec.trim().split(" ")) {
      String[] p = w.split("/");
      int begin = text.length();
      text.append(p[0]).append(' ');
      tokens.add(new Token(tokens.size(), p[0], p[1], p[2], "O", begin, begin + p[0].length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of());
  }
}
