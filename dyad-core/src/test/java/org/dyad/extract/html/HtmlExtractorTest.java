package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.extract.Extraction;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void keepsLeadFinalParagraphAndSubheadingButDropsFurniture() {
    Extraction e = extractor.extract(Fixtures.read("boilerplate.html"), "https://courier.example/2016/03/25/harbour");
    String text = e.text();
    assertTrue(text.startsWith("The harbour of Porthaven reopened on Friday"), text);
    assertTrue(text.endsWith("extend the wall further north."), text);
    assertTrue(text.contains("\n\nFishermen return\n\n"), text);
    for (String furniture : List.of("newsletter", "Advertisement", "Storm damage in pictures", "Facebook",
        "All rights reserved", "Photo:", "Home")) {
      assertFalse(text.contains(furniture), furniture + " leaked into: " + text);
    }
  }

  @Test
  void separatesParagraphsByExactlyOneBlankLine() {
    String text = extractor.extract(Fixtures.read("boilerplate.html"), null).text();
    assertFalse(text.contains("\n\n\n"));
    assertEquals(6, text.split("\n\n").length);
  }

  @Test
  void readsPublishedNotModifiedDateWithItsOffset() {
    Extraction e = extractor.extract(Fixtures.read("boilerplate.html"), null);
    assertEquals("2016-03-25T08:30+01:00", e.published());
    assertEquals("meta", e.publishedFrom());
  }

  @Test
  void takesTitleWithoutSiteSuffixAndOutletFromSiteName() {
    Extraction e = extractor.extract(Fixtures.read("boilerplate.html"), null);
    assertEquals("Harbour reopens after storm repairs", e.title());
    assertEquals("Coastal Courier", e.outlet());
    assertEquals(List.of("Jane Doe"), e.authors());
    assertEquals("article", e.pageType());
    assertTrue(e.confidence() >= 0.5, "confidence " + e.confidence());
  }

  @Test
  void callsTeaserListAnIndexWithLowConfidence() {
    Extraction e = extractor.extract(Fixtures.read("index.html"), "https://courier.example/section/world/");
    assertEquals("index", e.pageType());
    assertTrue(e.confidence() <= 0.3, "confidence " + e.confidence());
  }

  @Test
  void extractsChinesePageWithoutItsCopyrightLineAndReadsCjkDate() {
    Extraction e = extractor.extract(Fixtures.read("cjk.html"), null);
    assertTrue(e.text().startsWith("经过三个月的修复"), e.text());
    assertTrue(e.text().contains("十二艘渔船"), e.text());
    assertFalse(e.text().contains("版权所有"), e.text());
    assertEquals("港口修复后重新开放", e.title());
    assertEquals("2016-03-25", e.published());
    assertEquals("text", e.publishedFrom());
  }

  @Test
  void findsTextSetBetweenLineBreaksWithoutParagraphElements() {
    String text = extractor.extract(Fixtures.read("br-text.html"), null).text();
    assertTrue(text.startsWith("The harbour of Porthaven"), text);
    assertTrue(text.contains("\n\nTwelve boats left at dawn"), text);
    assertFalse(text.contains("link"), text);
  }

  @Test
  void fallsBackToJsonLdBodyAndMetadataWhenMarkupHasNone() {
    Extraction e = extractor.extract(Fixtures.read("jsonld.html"), null);
    assertTrue(e.text().startsWith("The harbour of Porthaven"), e.text());
    assertEquals(3, e.text().split("\n\n").length);
    assertEquals("2016-03-25T08:30+01:00", e.published());
    assertEquals(List.of("Jane Doe"), e.authors());
    assertEquals("Coastal Courier", e.outlet());
    assertEquals("Harbour reopens after storm repairs", e.title());
  }

  @Test
  void joinsABodySplitByAdsAndKeepsItsShortLead() {
    String text = extractor.extract(Fixtures.read("split-body.html"), null).text();
    assertTrue(text.startsWith("Ferry crews accepted the new offer on Tuesday."), text);
    assertTrue(text.endsWith("after the dispute."), text);
    assertEquals(4, text.split("\n\n").length, text);
  }

  @Test
  void takesThePostUnderThePageHeadlineOverLongerNeighbours() {
    String text = extractor.extract(Fixtures.read("several-posts.html"), null).text();
    assertTrue(text.startsWith("To live a true experience of love"), text);
    assertFalse(text.contains("Pessimism"), text);
  }

  @Test
  void fallsBackToThePlainTextOfATinyPage() {
    assertEquals("Ferry strike ends.", extractor.extract("<html><body><b>Ferry strike ends.</b></body></html>", null).text());
  }

  @Test
  void givesEmptyTextAndNoDateForEmptyPage() {
    Extraction e = extractor.extract("", null);
    assertEquals("", e.text());
    assertNull(e.published());
    assertEquals("other", e.pageType());
  }

  @Test
  void givesTheSameResultFromManyThreads() throws Exception {
    String html = Fixtures.read("boilerplate.html");
    Extraction expected = extractor.extract(html, null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> results = pool.invokeAll(
          java.util.Collections.nCopies(16, () -> extractor.extract(html, null)));
      for (Future<Extraction> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void givesNoTextDateToAPageThatHoldsNoArticle() {
    String record = "<html><body><h1>Company register</h1><dl><dt>Name</dt><dd>Harbour Boats Ltd</dd>"
        + "<dt>Effective date</dt><dd>Saturday, July 25, 2015</dd></dl></body></html>";
    assertNull(extractor.extract(record, null).published());
  }

  @Test
  void keepsTheTextDateOfAPageThatCallsItselfAnArticle() {
    String paywalled = "<html><head><meta property='og:type' content='article'></head><body><h1>Harbour</h1>"
        + "<p>21 de Outubro de 2018, 8:34</p></body></html>";
    assertEquals("2018-10-21", extractor.extract(paywalled, null).published());
  }
}
