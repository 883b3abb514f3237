package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorFinderTest {
  private final AuthorFinder finder = new AuthorFinder(Rules.DEFAULT);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', value = {
      "drops By § By Jane Doe § Jane Doe",
      "writes capitals as a name § By TOM KRISHER § Tom Krisher",
      "splits and § By Jane Doe and John Roe § Jane Doe|John Roe",
      "splits commas § Jane Doe, John Roe, Ann Poe § Jane Doe|John Roe|Ann Poe",
      "drops role § Jane Doe, Staff Writer § Jane Doe",
      "drops site name § Jane Doe | Coastal Courier § Jane Doe",
      "drops agency § Reuters § ",
      "drops email § Jane Doe jane@courier.example § ",
      "drops desk § Coastal Courier News Desk § ",
      "splits name from agency after full stop § Finian Cunningham. Sputnik § Finian Cunningham",
  })
  void cleansBylinesToPersonNames(String name, String raw, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.asList(expected.split("\\|"));
    assertEquals(want, finder.clean(List.of(raw), "Coastal Courier"));
  }

  @Test
  void prefersJsonLdPersonsOverOrganisations() {
    Document doc = Jsoup.parse("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
        + "[{\"@type\":\"Organization\",\"name\":\"Courier\"},{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}</script>");
    assertEquals(List.of("Jane Doe"), finder.find(doc, JsonLd.of(doc), "Courier"));
  }

  @Test
  void takesSiteNameNeverAsAuthor() {
    Document doc = Jsoup.parse("<meta name='author' content='Coastal Courier'>");
    assertEquals(List.of(), finder.find(doc, JsonLd.of(doc), "Coastal Courier"));
  }
}
