package org.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quoted passages from quote marks alone: kinds of marks, paragraphs, and layouts that are not quotes. */
class MarksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"We are ready,\" he said.|We are ready,",
      "\u201cWe are ready,\u201d he said.|We are ready,",
      "\u2018We are ready,\u2019 he said.|We are ready,",
      "\u00abWe are ready\u00bb, he said.|We are ready",
      "He said: \"It\u2019s the Kremlin\u2019s call.\"|It\u2019s the Kremlin\u2019s call.",
  })
  void findsTheWordsBetweenEachKindOfMark(String text, String words) {
    List<Marks.Quoted> found = Marks.find(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(words, found.get(0).text());
    assertEquals(words, text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void continuesAQuoteIntoTheNextParagraphThatOpensWithAMark() {
    String text = "\"The first paragraph.\n\n\"The second one,\" Lavrov said.";
    List<Marks.Quoted> found = Marks.find(text);
    assertEquals(1, found.size());
    assertEquals("The first paragraph.\n\nThe second one,", found.get(0).text());
    assertEquals(1, found.get(0).start());
    assertTrue(found.get(0).closed());
  }

  @Test
  void readsThePennTreebankMarksOfTokenisedTextDumps() {
    String text = "``We are ready ,'' he said .\n\n``It goes on.\n\n``And ends here .''";
    List<Marks.Quoted> found = Marks.find(text);
    assertEquals(List.of("We are ready ,", "It goes on.\n\nAnd ends here ."),
        found.stream().map(Marks.Quoted::text).toList());
    assertEquals(0, found.get(0).openMark());
    assertEquals(2, found.get(0).start());
  }

  @Test
  void endsAnUnclosedQuoteAtItsParagraph() {
    List<Marks.Quoted> found = Marks.find("\"No closing mark here.\n\nThe next paragraph.");
    assertEquals(1, found.size());
    assertEquals("No closing mark here.", found.get(0).text());
    assertFalse(found.get(0).closed());
  }

  @Test
  void ignoresAStrayClosingMarkAndApostrophes() {
    assertEquals(List.of(), Marks.find("The talks ended.\" Lavrov left. Russia\u2019s envoy didn\u2019t stay."));
  }

  @Test
  void keepsANestedSingleQuoteInsideTheDoubleOne() {
    List<Marks.Quoted> found = Marks.find("It \"revived the 'reset' of ties\", the paper said.");
    assertEquals(List.of("revived the 'reset' of ties"), found.stream().map(Marks.Quoted::text).toList());
  }

  @Test
  void toleratesAnEmptyTextAndALoneMark() {
    assertEquals(List.of(), Marks.find(""));
    assertEquals(List.of(), Marks.find("\""));
    assertEquals(List.of(), Marks.find("\u201c"));
  }
}
