package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private final PageCleaner cleaner = new PageCleaner(Rules.DEFAULT);

  @Test
  void removesMarkedFurnitureAndHiddenElements() {
    Document doc = Jsoup.parse("<div><p>Body text of the article that stays in place.</p>"
        + "<div class='social-share'>Share</div><div id='newsletter-box'>Join</div>"
        + "<div style='display: none'>Hidden</div><div class='ad'>Ad</div><script>var x;</script></div>");
    cleaner.clean(doc, List.of());
    String text = doc.body().text();
    assertTrue(text.contains("Body text"));
    for (String gone : List.of("Share", "Join", "Hidden", "Ad", "var")) {
      assertFalse(text.contains(gone), gone);
    }
  }

  @Test
  void keepsLayoutWrapperWithFurnitureNameThatHoldsTheArticle() {
    Document doc = Jsoup.parse("<div class='layout-with-sidebar'><p>" + "Long article sentence. ".repeat(30)
        + "</p></div><div class='sidebar'><p>Short</p></div>");
    cleaner.clean(doc, List.of());
    assertTrue(doc.body().text().contains("Long article sentence."));
    assertFalse(doc.body().text().contains("Short"));
  }

  @Test
  void removesHoverCardInsideParagraphButKeepsTheNameItDescribes() {
    Document doc = Jsoup.parse("<p>Threats against Rep. <span class='person'><a href='/p/1'>Jane Doe</a>"
        + "<span class='card'><span><img src='j.jpg'><a href='/p/1'>Jane Doe</a><a href='/a/1'>Doe wins vote</a>"
        + "<a href='/a/2'>Doe visits port</a></span></span></span> were reported on Monday.</p>");
    cleaner.clean(doc, List.of());
    assertEquals("Threats against Rep. Jane Doe were reported on Monday.", doc.body().text());
  }

  @Test
  void keepsKnownContainerEvenWhenItsClassLooksLikeFurniture() {
    Document doc = Jsoup.parse("<div class='article-body paywall-prompt'><p>Kept body.</p></div>");
    cleaner.clean(doc, List.of(doc.selectFirst(".article-body")));
    assertTrue(doc.body().text().contains("Kept body."));
  }
}
