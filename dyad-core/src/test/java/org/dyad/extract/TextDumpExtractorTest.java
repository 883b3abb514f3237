package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDumpExtractorTest {
  private final TextDumpExtractor extractor = new TextDumpExtractor(line -> false);

  private Extraction wire() {
    return extractor.extract(Fixtures.read("wire-story.txt"));
  }

  @Test
  void bodyStartsAtTheFirstParagraphAndEndsAtTheLast() {
    String text = wire().text();
    assertTrue(text.startsWith("MOSCOW, March 25 (Xinhua) -- Russia and the United States"), text);
    assertTrue(text.endsWith("both delegations expected progress."), text);
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLine() {
    assertEquals(3, wire().text().split("\n\n").length, wire().text());
  }

  @Test
  void dropsMenuWidgetRelatedEditorAndCopyrightLines() {
    String text = wire().text();
    for (String furniture : List.of("Home |", "Print Mail", "Related News", "Lavrov meets Kerry", "Editor:",
        "Copyright", "By Jane Roe")) {
      assertFalse(text.contains(furniture), furniture + " in: " + text);
    }
  }

  @Test
  void dropsTickerLineWithSeparatorsInsideTheBody() {
    assertFalse(wire().text().contains("Nasdaq"), wire().text());
  }

  @Test
  void titleIsTheLastHeadlineBeforeTheBodySkippingDateAndBylineLines() {
    assertEquals("Russia and US agree to extend arms talks", wire().title());
  }

  @Test
  void prefersThePublishedDateOverTheUpdatedOne() {
    Extraction x = wire();
    assertEquals("2016-03-25T14:30", x.published());
    assertEquals("text", x.publishedFrom());
  }

  @Test
  void outletAndAuthorsComeFromTheByline() {
    Extraction x = wire();
    assertEquals("Xinhua", x.outlet());
    assertEquals(List.of("Jane Roe", "John Smith"), x.authors());
  }

  @Test
  void proseLikeErrorBannerAfterFurnitureStaysOutOfTheBody() {
    Extraction x = extractor.extract(Fixtures.read("error-banner.txt"));
    assertFalse(x.text().contains("Sorry"), x.text());
    assertTrue(x.text().startsWith("Russian Foreign Minister Sergei Lavrov"), x.text());
    assertEquals("Lavrov and Kerry meet in Geneva", x.title());
  }

  @Test
  void trimsAGluedFragmentAfterTheLastSentence() {
    String text = extractor.extract(Fixtures.read("glued-tail.txt")).text();
    assertTrue(text.endsWith("in the coming weeks."), text);
  }

  @Test
  void trimsAnExcerptEllipsisAfterTheLastSentence() {
    String text = extractor.extract(Fixtures.read("excerpt-tail.txt")).text();
    assertTrue(text.endsWith("in the coming weeks."), text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "It rained. Endi | It rained.",
      "It rained... | It rained...",
      "It rained. … | It rained.",
      "He said: \"no.\" ... | He said: \"no.\"",
      "It rained in Paris | It rained in Paris",
  })
  void trimTailKeepsTheLastCompleteSentence(String last, String expected) {
    assertEquals(expected, TextDumpExtractor.trimTail(last));
  }

  @Test
  void pageWithoutProseGivesAnEmptyBodyAndNoTitle() {
    Extraction x = extractor.extract("Home | News | World\nLogin\nSearch\n");
    assertEquals("", x.text());
    assertNull(x.title());
    assertNull(x.published());
  }

  @Test
  void emptyInputGivesAnEmptyBody() {
    assertEquals("", extractor.extract("").text());
  }

  @Test
  void cjkPageKeepsItsParagraphsAndTitle() {
    Extraction x = extractor.extract(Fixtures.read("cjk-page.txt"));
    assertTrue(x.text().startsWith("中国外交部长王毅25日在北京"), x.text());
    assertTrue(x.text().endsWith("沟通与协调。"), x.text());
    assertFalse(x.text().contains("分享"), x.text());
    assertEquals("中俄两国外长在北京举行会谈", x.title());
    assertEquals("2016-03-25T14:30", x.published());
  }

  @Test
  void linesRepeatedAcrossPagesAreFurniture() {
    String page = Fixtures.read("error-banner.txt");
    String repeatedLine = "Both sides called the talks constructive, and the United Nations envoy welcomed the outcome "
        + "of the meeting in a short statement to the press.";
    Extraction x = new TextDumpExtractor(Set.of(repeatedLine)::contains).extract(page);
    assertFalse(x.text().contains("United Nations envoy"), x.text());
    assertTrue(x.text().contains("next steps"), x.text());
  }

  @Test
  void windowsLineEndingsReadLikeUnixOnes() {
    String page = Fixtures.read("glued-tail.txt");
    assertEquals(extractor.extract(page).text(), extractor.extract(page.replace("\n", "\r\n")).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Is a new Cold War coming?", "Why the US and Russia can't agree on what to do in Syria?",
      "Kerry: \"We are not there yet\""})
  void aHeadlineThatReadsLikeProseIsTheTitleNotTheBody(String headline) {
    String body = "Russia and the United States agreed on Friday to extend their talks on strategic arms for another "
        + "round, officials in both capitals said.\nThe two sides met for six hours in Moscow and discussed the "
        + "verification of warheads, the foreign ministry said in a statement.";
    Extraction x = extractor.extract(headline + "\n" + body);
    assertEquals(headline, x.title());
    assertTrue(x.text().startsWith("Russia and the United States"), x.text());
  }

  @Test
  void aShortFirstParagraphEndingWithAPeriodStaysInTheBody() {
    String page = "Title line here\nPrint Mail\nThe talks failed again on Friday.\nThe two sides met for six hours in "
        + "Moscow and discussed the verification of warheads, the foreign ministry said in a statement.";
    assertTrue(extractor.extract(page).text().startsWith("The talks failed again on Friday."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // dense with names: few function words for a prose line
      "LIMA, May 3 - Peruvian Economy Minister Carlos Vega criticized Chilean copper export quotas and Bolivian tin tariffs.",
      // the wire dropped its full stop
      "OSLO, May 3 - A hastily arranged Nordic meeting on fishing quotas broke up without agreement, officials said"})
  void aWireLedeOpeningWithADatelineStaysInTheBody(String lede) {
    String page = String.join("\n", "NORDIC AND ANDEAN TRADE ROWS DEEPEN", lede,
        "The ministers had met for two days and were expected to issue a statement on the dispute in the evening.",
        "Diplomats said the talks would resume next month in the capital if the governments agreed to a new agenda.");
    Extraction x = extractor.extract(page);
    assertTrue(x.text().startsWith(lede), x.text());
    assertEquals("NORDIC AND ANDEAN TRADE ROWS DEEPEN", x.title());
  }

  @Test
  void theBodyEndsBeforeTheFirstReaderComment() {
    String page = String.join("\n", "Home | World | Opinion",
        "Allies split over the air campaign",
        "The ministers met in Brussels on Thursday to discuss the next phase of the air campaign over the coast.",
        "They agreed to meet again next month, officials said after the talks ended late in the evening.",
        "The views expressed in this column are the writer's own.",
        "So the allies cannot agree again. May 4 , 2011 at 10:12 am | Reply That is what alliances are for, surely.",
        "Nobody asked the people who live there what they want from all of these meetings and statements.",
        "May 4 , 2011 at 11:40 am | Reply I think the ministers should have acted much sooner than this.");
    String text = extractor.extract(page).text();
    assertTrue(text.endsWith("The views expressed in this column are the writer's own."), text);
    assertFalse(text.contains("Reply"), text);
    assertFalse(text.contains("cannot agree again"), text);
    assertFalse(text.contains("Nobody asked"), text);
  }

  @Test
  void aCommentStampIsFoundInBlogAndHaveYourSayForms() {
    assertEquals(1, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "Added : Tuesday , 19 January , 2010 , 18:16 GMT 18:16 UK Good comments so far .")));
    assertEquals(2, TextDumpExtractor.beforeComments(List.of("The talks ended.", "He replied at 4:30 pm.")));
    assertEquals(1, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "At 13:39 1st Jun 2012 , Kestrel wrote : The council will do nothing .")));
    assertEquals(2, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "At 13:39 on Friday the envoy wrote to the council.")));
  }

  @Test
  void theWireCreditLineAndACommentSectionOpenerEndTheBody() {
    assertEquals(1, TextDumpExtractor.beforeComments(List.of("The talks ended .",
        "-LRB- Reporting by Ann Tesfaye in Nairobi ; Editing by Tom Ross -RRB-", "I think the talks were a sham .")));
    assertEquals(1, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "(Additional reporting by Ann Tesfaye; editing by Tom Ross)")));
    assertEquals(1, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "We welcome comments that advance the story through relevant opinion.", "A reader's view.")));
    // a sentence that mentions reporting is no credit line
    assertEquals(2, TextDumpExtractor.beforeComments(List.of("The talks ended.",
        "Reporting by state media said the envoy had left.")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Iran threatened Israel on Sunday, officials said.",
      "Iran threatened Israel on Sunday, officials said.\n", "Iran threatened Israel on Sunday"})
  void aOneLineTextIsTheArticleNotAHeadline(String content) {
    Extraction x = extractor.extract(content);
    assertEquals(content.strip(), x.text());
    assertNull(x.title(), "a text of one line has no headline to take");
  }

  @Test
  void aFirstSentenceWithFewFunctionWordsStaysInTheBodyWithItsEvent() {
    Extraction x = extractor.extract("Iran threatened Israel on Sunday, officials said.\n"
        + "The foreign ministry in Tehran said that it would answer any attack on its territory.\n");
    assertTrue(x.text().startsWith("Iran threatened Israel on Sunday"), x.text());
    assertNull(x.title());
  }

  @Test
  void aShortLineWithoutAFullStopAboveTheBodyIsStillTheHeadline() {
    Extraction x = extractor.extract("Iran threatens Israel\n\nIran threatened Israel on Sunday, officials said. "
        + "The foreign ministry in Tehran said that it would answer any attack on its territory.\n");
    assertEquals("Iran threatens Israel", x.title());
    assertTrue(x.text().startsWith("Iran threatened Israel on Sunday"), x.text());
  }

  @Test
  void aShortTextOfFurnitureIsNoArticle() {
    assertEquals("", extractor.extract("Home | News | Sport\nCopyright 2013 Test Wire. All rights reserved.\n").text());
  }
}
