package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "U.S. OFFICIAL TO VISIT JAPAN AS TRADE ROW GROWS | U.S. Official to Visit Japan as Trade Row Grows",
      "EC MINISTERS SET 1987/88 FARM PRICES | EC Ministers Set 1987/88 Farm Prices",
      "IRAN-IRAQ TALKS IS OFF, UN SAYS | Iran-Iraq Talks Is Off, UN Says",
      "Visits may improve US-Russia relations | Visits may improve US-Russia relations",
  })
  void givesCapitalsHeadlinesInTitleCaseAndLeavesOthersAlone(String title, String display) {
    assertEquals(display, Headlines.display(title));
  }
}
