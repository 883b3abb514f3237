package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
  private final DateFinder finder = new DateFinder(Rules.DEFAULT);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', value = {
      "open graph meta § <meta property='article:published_time' content='2016-03-25T08:30:00+01:00'> § § 2016-03-25T08:30+01:00 § meta",
      "json-ld § <script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-03-25T08:30:00Z\"}</script> § § 2016-03-25T08:30Z § meta",
      "itemprop § <span itemprop='datePublished' content='2016-03-25'>March</span> § § 2016-03-25 § meta",
      "time element § <time datetime='2016-03-25T08:30:00'>Friday</time> § § 2016-03-25T08:30 § meta",
      "updated time skipped § <time class='updated' datetime='2016-03-27'>x</time><time datetime='2016-03-25'>y</time> § § 2016-03-25 § meta",
      "url path § <p>nothing</p> § https://news.example/2016/03/25/harbour § 2016-03-25 § url",
      "byline text § <div class='date'>Published March 25, 2016</div> § § 2016-03-25 § text",
      "day first text § <span class='post-date'>25 March 2016</span> § § 2016-03-25 § text",
      "modified meta ignored § <meta property='article:modified_time' content='2016-03-27'><div class='date'>Mar. 25, 2016</div> § § 2016-03-25 § text",
      "line under headline § <div><h1>Harbour</h1>기사입력 :[ 2016-03-25 15:24 ]</div> § § 2016-03-25 § text",
      "day first numeric § <div><h1>Harbour</h1><span>25/03/2016 - Publicado</span></div> § § 2016-03-25 § text",
      "ambiguous numeric outside US English § <div><h1>Harbour</h1><span>05/10/2018</span></div> § § 2018-10-05 § text",
      "ambiguous numeric in US English § <html lang='en-US'><div><h1>Harbour</h1><span>05/10/2018</span></div> § § 2018-05-10 § text",
  })
  void readsEachSourceInOrder(String name, String html, String url, String value, String source) {
    Document doc = Jsoup.parse(html);
    DateFinder.Found found = finder.find(doc, JsonLd.of(doc), url);
    assertEquals(value, found.value());
    assertEquals(source, found.source());
  }

  @Test
  void inventsNoDateWhenThePageHasNone() {
    Document doc = Jsoup.parse("<p>Boats returned on Friday.</p>");
    assertNull(finder.find(doc, JsonLd.of(doc), "https://news.example/harbour"));
  }

  @Test
  void ignoresMastheadDateAboveTheHeadlineBlock() {
    Document doc = Jsoup.parse("<div id='top'>Wednesday, November 20, 2019</div><main><section><h1>Harbour</h1>"
        + "<p>Boats returned.</p></section></main>");
    assertNull(finder.find(doc, JsonLd.of(doc), null));
  }

  @Test
  void rejectsImpossibleDates() {
    assertNull(DateParser.iso("2016-02-30"));
    assertNull(DateParser.text("March 45, 2016"));
  }
}
