package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', value = {
      "MOSCOW, Nov. 23 (Xinhua) -- Russia said on Monday § MOSCOW § Xinhua",
      "WASHINGTON (Reuters) - The United States said § WASHINGTON § Reuters",
      "NEW DELHI: Their American dream shattered § NEW DELHI § ",
      "LOS ANGELES, Calif. — The show opened § LOS ANGELES § ",
      "BEIJING--China's exports rose § BEIJING § ",
      "Moscow, Nov. 23 (Xinhua) -- Russia said § Moscow § Xinhua",
  })
  void readsPlaceAndAgency(String paragraph, String place, String agency) {
    DatelineFinder.Dateline d = DatelineFinder.find(paragraph);
    assertEquals(place, d.place());
    assertEquals(agency, d.agency());
  }

  @ParameterizedTest
  @ValueSource(strings = {"The harbour reopened on Friday - after months.", "Twelve boats: a record.",
      "港口修复后重新开放", ""})
  void findsNoDatelineInOrdinaryOpenings(String paragraph) {
    assertNull(DatelineFinder.find(paragraph));
  }
}
