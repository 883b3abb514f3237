package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseGuesserTest {
  private static final TenseGuesser GUESSER = new TenseGuesser();

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Rebels attacked the town on Saturday.|Saturday|PAST",
      "The envoy will arrive on Saturday.|Saturday|FUTURE",
      "Kerry said Monday that talks would continue.|Monday|PAST",
      "Voting is scheduled for Thursday.|Thursday|FUTURE",
      "The ministers met on Jan. 28.|Jan. 28|PAST",
      "He is in Paris on Friday.|Friday|PRESENT",
      "The dividend will be paid Dec. 14.|Dec. 14|FUTURE",
      "The army withdrew from the city Friday.|Friday|PAST",
      "Officials plan to meet in May.|May|FUTURE",
      "A hundred people on Friday.|Friday|NONE",
      "Exiles held a rally and were planning a march on Monday.|Monday|FUTURE",
      "Talks are supposed to end by May, officials said.|May|FUTURE",
      "It would be paid on a still unspecified date in January.|January|FUTURE",
  })
  void guessesTheTenseFromTheNearestCue(String sentence, String expression, Tense tense) {
    int start = sentence.indexOf(expression);
    assertEquals(tense, GUESSER.guess(sentence, start, start + expression.length()));
  }
}
