package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatedSentencesTest {
  private static final String SENTENCE = "Lavrov met Kerry in Geneva on Monday to discuss Syria.";

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aSentenceRepeatedThousandsOfTimesIsReadThreeTimesAndEveryOffsetStays() {
    String text = "Talks resumed.\n\n" + (SENTENCE + " ").repeat(5000) + "\n\nBoth sides called the talks useful.";
    RepeatedSentences.Collapsed c = RepeatedSentences.collapse(text);
    assertEquals(4997, c.dropped());
    assertEquals(text.length(), c.text().length());
    assertEquals(3, occurrences(c.text(), SENTENCE));
    assertEquals(text.indexOf("Both sides"), c.text().indexOf("Both sides"));
    assertEquals(text.indexOf("\n\n", 20), c.text().indexOf("\n\n", 20)); // paragraph breaks are kept
  }

  @Test
  void copiesOnLinesOfTheirOwnAndWithOtherSpacingCountAsOneSentence() {
    String text = (SENTENCE + "\n").repeat(3) + SENTENCE.replace(" ", "  ") + "\n" + SENTENCE;
    RepeatedSentences.Collapsed c = RepeatedSentences.collapse(text);
    assertEquals(2, c.dropped());
    assertEquals(3, occurrences(c.text(), SENTENCE));
  }

  @Test
  void anAbbreviationDoesNotEndASentenceSoNoPartOfOneIsBlanked() {
    // "U." and "Gen." once ended rough sentences: the fourth "Gen. Carter Ham, commander of U." lost its start
    String sentence = "Gen. Carter Ham, commander of U.S. Africa Command, spoke on Monday. ";
    String text = IntStream.range(0, 4).mapToObj(i -> sentence.replace("Monday", "day " + i))
        .collect(Collectors.joining());
    assertSame(text, RepeatedSentences.collapse(text).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Lavrov met Kerry in Geneva on Monday to discuss Syria. Lavrov met Kerry in Geneva on Monday to discuss Syria. "
          + "Lavrov met Kerry in Geneva on Monday to discuss Syria.",
      "Yes. Yes. Yes. Yes. Yes. Yes. Reuters. Reuters. Reuters. Reuters. The talks went on.",
      "An ordinary article. It has sentences.\n\nAnd paragraphs, none of them said twice.",
      ""})
  void aTextWithoutSentencesRepeatedMoreThanThreeTimesIsLeftAsItIs(String text) {
    RepeatedSentences.Collapsed c = RepeatedSentences.collapse(text);
    assertSame(text, c.text());
    assertEquals(0, c.dropped());
  }
}
