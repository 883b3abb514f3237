package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthNamesTest {

  @Test
  void dropsASpellingTwoLanguagesGiveDifferentMonths() {
    MonthNames names = new MonthNames(List.of("pl\t11\tlistopada", "hr\t10\tlistopada,listopad2", "en\t3\tmarch"));
    assertEquals(0, names.month("listopada"));
    assertEquals(10, names.month("Listopad2"));
    assertEquals(3, names.month("MARCH"));
  }

  @Test
  void listsLongerNamesFirstSoTheWholeWordMatches() {
    String alternation = new MonthNames(List.of("es\t3\tmar,marzo")).alternation();
    assertTrue(alternation.indexOf("marzo") < alternation.indexOf("\\Qmar\\E"), alternation);
  }

  @Test
  void theShippedListHasNoAmbiguousSpellingLeftForACommonMonth() {
    MonthNames names = MonthNames.DEFAULT;
    assertEquals(11, names.month("listopada"));
    assertEquals(9, names.month("set"));
    assertEquals(4, names.month("نيسان"));
    assertEquals(12, names.month("كانون الأول"));
  }
}
