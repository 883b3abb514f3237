package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphFilterTest {
  private final ParagraphFilter filter = new ParagraphFilter(Rules.DEFAULT);

  @ParameterizedTest
  @ValueSource(strings = {"Sign up for our daily newsletter to get the best stories.", "Advertisement",
      "Follow us on Twitter and Facebook for more.", "© 2016 Coastal Courier", "Photo: Jane Doe",
      "Read more: Harbour reopens", "Subscribe now for unlimited digital access.", "저작권자 ⓒ 엔터미디어 무단전재 및 재배포 금지",
      "Advert", "This slideshow requires JavaScript.", "Like this story? Share it with a friend!",
      "Reporting by Jane Doe; Editing by John Roe", "Associated Press writer Jane Doe contributed to this report.",
      "If you have a news tip, correction or comment, let us know at tips@courier.example.",
      "📱 Torn between the latest phones? Check out our buying guide.", "Tags: harbour, storm",
      "[button link=\"/submit\"] Send us your review[/button]", "About the author",
      "Nov. 19, 2019, 8:41 AM UTC", "sexta-feira, 22 de outubro de 2010 às 20:13", "Keith Bradsher contributed reporting.",
      "Follow The Courier Opinion section on Facebook and Twitter.", "Note: we are moderating all comments."})
  void recognisesFurniturePhrases(String text) {
    assertTrue(filter.furniture(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"The council said the newsletter it sends to residents would report on the repairs, "
      + "which have cost more than expected and taken three months longer than planned because of the weather, "
      + "the shortage of granite and a dispute with the contractor over the design of the eastern wall.",
      "Twelve boats left at dawn.", "— Jane Doe (@janedoe) November 18, 2019 at 10:15"})
  void keepsProseThatMentionsFurnitureWords(String text) {
    assertFalse(filter.furniture(text));
  }

  @Test
  void dropsLinkDenseParagraphsAndKeepsProseWithALink() {
    Paragraph links = new Paragraph("Storm damage in pictures", 24, "item");
    Paragraph prose = new Paragraph("The council, which met on Tuesday, approved the budget for the repairs.", 11, "text");
    assertEquals(List.of(prose), filter.filter(List.of(links, prose), null));
  }

  @Test
  void dropsTeaserTextBetweenLinkedTitlesButNotBetweenBareUrls() {
    Paragraph title1 = new Paragraph("Buckwheat diet", 14, "text");
    Paragraph teaser = new Paragraph("The most popular diet: lose up to twelve kilos in two weeks.", 0, "text");
    Paragraph title2 = new Paragraph("Protein diet", 12, "text");
    assertEquals(List.of(), filter.filter(List.of(title1, teaser, title2), null));
    Paragraph url1 = new Paragraph("http://shop.example/a", 21, "text");
    Paragraph item = new Paragraph("2) Electric race track, the one we all wanted in 1988", 0, "text");
    Paragraph url2 = new Paragraph("http://shop.example/b", 21, "text");
    assertEquals(List.of(item), filter.filter(List.of(url1, item, url2), null));
  }

  @Test
  void dropsTheHeadlineRepeatAndHeadingsWithoutText() {
    Paragraph title = new Paragraph("Harbour reopens", 0, "heading");
    Paragraph body = new Paragraph("The harbour reopened on Friday after the storm repairs.", 0, "text");
    Paragraph trailing = new Paragraph("More on this story", 0, "heading");
    assertEquals(List.of(body), filter.filter(List.of(title, body, trailing), "Harbour reopens"));
  }

  @Test
  void dropsRepeatedLongParagraphsButKeepsRepeatedShortLines() {
    Paragraph quote = new Paragraph("We lost a whole season, but we did not lose the harbour, said the harbour master, "
        + "who has worked on the quay for thirty years and has seen three storms of this size.", 0, "text");
    Paragraph cell = new Paragraph("0", 0, "text");
    assertEquals(List.of(quote, cell, cell), filter.filter(List.of(quote, cell, quote, cell), null));
  }
}
