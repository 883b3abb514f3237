package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "China Daily | China Daily",
      "Source: Xinhua | Xinhua",
      "Xinhua News Agency | Xinhua",
      "Global Times | Global Times",
      "(The Christian Science Monitor) | The Christian Science Monitor",
      "New York Times | The New York Times",
      "www.chinadaily.com.cn | China Daily",
      "BBC News | BBC",
  })
  void namesKnownOutletsByNameOrDomain(String line, String outlet) {
    assertEquals(outlet, Outlets.named(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"chinadailyx.com", "Microsoft.com announced", "the daily news", "reutersville"})
  void doesNotMatchInsideOtherWordsOrHosts(String line) {
    assertNull(Outlets.named(line));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "http://www.chinadaily.com.cn/world/2013-02/05/content_1.htm | China Daily",
      "https://english.news.cn/20160325/abc.htm | Xinhua",
      "https://www.bbc.co.uk/news/world-europe-1 | BBC",
      "https://www.reuters.com/article/us-russia | Reuters",
      "HTTPS://WWW.BBC.CO.UK/news | BBC",
      "www.chinadaily.com.cn:8080/world | China Daily",
  })
  void namesTheOutletOfAUrlByItsHost(String url, String outlet) {
    assertEquals(outlet, Outlets.ofUrl(url));
  }

  @Test
  void aKnownOutletInTheUrlPathIsNotTheHost() {
    assertNull(Outlets.ofUrl("https://example.org/reuters.com/story"));
    assertNull(Outlets.ofUrl(null));
  }

  @Test
  void anUnknownOutletIsTakenFromTheCopyrightLine() {
    assertEquals("Moscow Herald", Outlets.inFurniture(List.of("Title"),
        List.of("Copyright © 1999-2016 Moscow Herald. All rights reserved.")));
  }

  @Test
  void anUnknownOutletIsTakenFromBylineParentheses() {
    assertEquals("Moscow Herald", Outlets.inFurniture(List.of("By Agencies (Moscow Herald)"), List.of()));
  }

  @Test
  void aKnownNameInTheFooterBeatsAGuessInTheHeader() {
    assertEquals("Xinhua", Outlets.inFurniture(List.of("By Agencies (Moscow Herald)"), List.of("Source: Xinhua")));
  }

  @Test
  void anOutletMentionedInTheBodyIsNotThePublisher() {
    String page = "Russia expels diplomats\n"
        + "Russia said on Monday it would expel two diplomats in response to new sanctions, Reuters reported, "
        + "citing a statement from the foreign ministry in Moscow.\n"
        + "The ministry said the measures were a response to the steps taken by Washington last week, and that "
        + "more could follow, the Associated Press said.\n";
    Article a = new Extractor().extract(new RawDocument("page.txt", null, RawDocument.Format.TEXT, page, null));
    assertNull(a.outlet(), a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"© 2016 All rights reserved.", "Copyright 2016. All Rights Reserved.", "Copyright Notice",
      "Copyright Policy", "Kerry arrives in Moscow (Updated)", "Putin meets Obama (Video)",
      "Sanctions explained (Analysis)", "Kerry meets Lavrov in Geneva on Monday (Photos)"})
  void genericWordsAreNotGuessedAsOutlets(String line) {
    assertNull(Outlets.inFurniture(List.of(line), List.of()));
  }

  @Test
  void aParenthesisInAHeadlineIsNotABylineOutlet() {
    assertNull(Outlets.inFurniture(List.of("Russia and NATO hold talks (Moscow Round)"), List.of()));
  }
}
