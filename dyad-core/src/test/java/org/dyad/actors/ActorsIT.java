package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorsIT {

  private static List<Mention> mentions(String text, String date) {
    ArticleActors resolver = Actors.shared().forArticle(date.equals("-") ? null : LocalDate.parse(date));
    List<Mention> out = new ArrayList<>();
    for (Sentence s : Nlp.shared().annotate(text)) {
      out.addAll(resolver.mentions(s));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "US Secretary of State John Kerry may visit Russia soon.|2013-02-05|US Secretary of State John Kerry|USA|GOV",
      "Russian Foreign Minister Sergei Lavrov spoke.|2013-02-05|Russian Foreign Minister Sergei Lavrov|RUS|GOV",
      "Ivan Petrov, chairman of Russian State Duma's Defence Committee, said no.|2013-02-05|Ivan Petrov|RUS|LEG",
      "Yang Lei, an expert on Russian studies, said so.|2013-02-05|Yang Lei|-|EDU",
      "Ukrainian Defence Minister Ivan Ivanenko resigned.|2015-01-01|Ukrainian Defence Minister Ivan Ivanenko|UKR|GOV",
      "The Kremlin said nothing.|2013-02-05|Kremlin|RUS|GOV",
      "Washington and Moscow disagree.|2013-02-05|Washington|USA|GOV",
      "Soviet Foreign Minister Eduard Shevardnadze arrived.|1988-05-01|Soviet Foreign Minister Eduard Shevardnadze|SUN|GOV",
      "Eduard Shevardnadze arrived.|1995-05-01|Eduard Shevardnadze|GEO|GOV",
      "Secretary of State Hillary Clinton spoke.|2012-11-20|Secretary of State Hillary Clinton|USA|GOV",
      "The Russian Foreign Ministry said no.|2012-11-23|Russian Foreign Ministry|RUS|GOV",
      "Russia's parliament voted.|2012-12-21|Russia's parliament|RUS|LEG",
      "NATO suspended ties.|2008-08-20|NATO|NATO|IGO",
      "Analysts said so.|2013-02-05|Analysts|-|EDU"})
  void resolvesMentionsToCodeAndSector(String text, String date, String mention, String code, String sector) {
    Mention m = mentions(text, date).stream().filter(x -> x.text().equals(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + mentions(text, date)));
    assertEquals(code.equals("-") ? null : code, m.code(), m.explain());
    assertEquals(sector, m.sector(), m.explain());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Russian Foreign Minister Sergei Lavrov spoke. Lavrov then left.|Lavrov|RUS",
      "Dmitry Polikanov, an expert at a Russian institute, spoke. Later Polikanov left.|Polikanov|-",
      "US Secretary of State John Kerry arrived. He met Lavrov.|He|USA",
      "German Foreign Minister Klaus Meier arrived. The minister met Lavrov.|minister|DEU"})
  void tiesLaterBareMentionsToTheFirstFullOne(String text, String later, String code) {
    List<Mention> ms = mentions(text, "2013-05-01");
    Mention m = ms.get(ms.size() - 1).text().equals(later) ? ms.get(ms.size() - 1)
        : ms.stream().filter(x -> x.text().equals(later) || x.text().endsWith(" " + later)).reduce((a, b) -> b).orElseThrow();
    assertEquals(code.equals("-") ? null : code, m.code(), ms.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"They met in Geneva.|Geneva|CHE", "The talks were held in the Kremlin.|Kremlin|RUS"})
  void placesAfterInAreLocationsNotActors(String text, String place, String code) {
    Mention m = mentions(text, "2013-05-01").stream().filter(x -> x.text().equals(place)).findFirst().orElseThrow();
    assertTrue(m.place(), m.explain());
    assertEquals(code, m.code());
  }
}
