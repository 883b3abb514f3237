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
      "meta written in prose § <meta property='article:published_time' content='Mittwoch, 7. Oktober 2015 - 12:09'> § § 2015-10-07 § meta",
      "itemprop in text § <p itemprop='datePublished' class='data'>13 Dicembre 2015</p> § § 2015-12-13 § meta",
      "json-ld list of one § <script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":[\"2016-03-25\"]}</script> § § 2016-03-25 § meta",
      "time in an embedded post skipped § <blockquote class='instagram-media'><time datetime='2015-05-02T22:00:10+00:00'>May 2</time></blockquote><time datetime='2016-03-25'>x</time> § § 2016-03-25 § meta",
      "time with an RFC 1123 datetime § <time datetime='Fri, 25 Mar 2016 13:52:51 +0000'>x</time> § § 2016-03-25 § meta",
      "time with an empty datetime § <time datetime=''>25.03.2016, 12.11 Uhr</time> § § 2016-03-25 § meta",
      "url compact in slug § <p>nothing</p> § https://news.example/harbour-reopens-20160325-abc § 2016-03-25 § url",
      "spanish date line § <div><h1>Puerto</h1><p class='published-date'>martes 22 de marzo de 2016</p></div> § § 2016-03-22 § text",
      "updated element skipped § <div><h1>Harbour</h1><span class='thetime updated'>March 27, 2016</span><p>Boats returned.</p><p>25 March 2016</p></div> § § 2016-03-25 § text",
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
  void readsNoDateFromALongRunOfDigitsInTheUrl() {
    Document doc = Jsoup.parse("<p>nothing</p>");
    assertNull(finder.find(doc, JsonLd.of(doc), "https://news.example/story/2016032512345.html"));
  }

  @Test
  void skipsThePageHeadersClockOutsideTheArticle() {
    Document doc = Jsoup.parse("<header><span class='date'>Tue, 29 Mar 2016</span></header>"
        + "<div><p>Courier</p><p>25 Mar 2016, 22:11 GMT+10</p><p>Boats returned.</p></div>");
    assertEquals("2016-03-25", finder.find(doc, JsonLd.of(doc), null).value());
  }

  @Test
  void skipsAnElementClassedAsTodaysDate() {
    Document doc = Jsoup.parse("<div><h1>Daily Courier</h1><div class='today'>Tuesday, March 29, 2016</div>"
        + "<p>Boats returned.</p></div>");
    assertNull(finder.find(doc, JsonLd.of(doc), null));
  }

  @Test
  void keepsTheDateInTheArticlesOwnHeader() {
    Document doc = Jsoup.parse("<article><header><h1>Harbour</h1><time>25 March 2016</time></header>"
        + "<p>Boats returned.</p></article>");
    assertEquals("2016-03-25", finder.find(doc, JsonLd.of(doc), null).value());
  }

  @Test
  void readsTheDateUnderTheHeadlineBeforeATeaserDateAboveIt() {
    Document doc = Jsoup.parse("<aside><span class='post-date'>21 March 2016</span><a>Older story</a></aside>"
        + "<main><section><h1>Harbour</h1><p>By Ann Lee, 25 March 2016</p><p>Boats returned.</p></section></main>");
    assertEquals("2016-03-25", finder.find(doc, JsonLd.of(doc), null).value());
  }

  @Test
  void urlAndDateLineOutvoteAStampOfAnotherDay() {
    Document doc = Jsoup.parse("<meta property='article:published_time' content='2016-03-26T09:18:00+05:00'>"
        + "<div><h1>Puerto</h1><p>Por Ana | 25 de marzo de 2016</p></div>");
    DateFinder.Found found = finder.find(doc, JsonLd.of(doc), "https://news.example/2016/03/25/puerto/");
    assertEquals("2016-03-25", found.value());
    assertEquals("url", found.source());
  }

  @Test
  void aUrlAloneDoesNotOutvoteTheStamp() {
    Document doc = Jsoup.parse("<meta property='article:published_time' content='2016-03-26T09:18:00+05:00'>"
        + "<div><h1>Puerto</h1><p>Boats returned.</p></div>");
    assertEquals("2016-03-26T09:18+05:00", finder.find(doc, JsonLd.of(doc), "https://news.example/2016/03/25/p/").value());
  }

  @Test
  void aUtcStampNearMidnightYieldsToTheDateLine() {
    Document doc = Jsoup.parse("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2016-03-25T23:15:00Z\"}</script><div><h1>Porto</h1><p>26 Marzo 2016</p></div>");
    assertEquals("2016-03-26", finder.find(doc, JsonLd.of(doc), null).value());
  }

  @Test
  void rejectsImpossibleDates() {
    assertNull(DateParser.iso("2016-02-30"));
    assertNull(DateParser.text("March 45, 2016"));
  }
}
