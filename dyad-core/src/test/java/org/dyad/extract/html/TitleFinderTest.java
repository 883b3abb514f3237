package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', value = {
      "suffix after a bar § <title>Harbour reopens | Coastal Courier</title> § Harbour reopens",
      "suffix after a dash § <title>Harbour reopens - Coastal Courier</title> § Harbour reopens",
      "site prefix § <title>Coastal Courier — Harbour reopens after storm repairs</title> § Harbour reopens after storm repairs",
      "h1 agreeing with title § <title>Harbour reopens | CC</title><h1>Harbour reopens</h1> § Harbour reopens",
      "og title over page title § <meta property='og:title' content='Harbour reopens'><title>Home | CC</title> § Harbour reopens",
      "hyphen inside words stays § <title>US-Russia talks resume</title> § US-Russia talks resume",
      "colon inside headline stays § <title>Trump: we will win | CC</title> § Trump: we will win",
      "unknown short site after long headline § <title>Harbour reopens after storm repairs - Porthaven Post</title> § Harbour reopens after storm repairs",
      "dash inside long headline stays § <title>Atkins diet (14 days) - lose up to ten kilos in two weeks</title> § Atkins diet (14 days) - lose up to ten kilos in two weeks",
  })
  void takesHeadlineWithoutSiteName(String name, String html, String expected) {
    Document doc = Jsoup.parse(html);
    assertEquals(expected, TitleFinder.find(doc, JsonLd.of(doc), "Coastal Courier"));
  }
}
