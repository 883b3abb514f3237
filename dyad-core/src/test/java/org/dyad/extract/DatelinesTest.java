package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "MOSCOW, Nov. 23 (Xinhua) -- Russia and China agreed. | MOSCOW | Xinhua | Russia and China agreed.",
      "WASHINGTON (Reuters) - The United States said. | WASHINGTON | Reuters | The United States said.",
      "THE HAGUE, Netherlands (AP) — The court ruled. | THE HAGUE | AP | The court ruled.",
      "UNITED NATIONS, March 3, 2016 (Xinhua) -- The council voted. | UNITED NATIONS | Xinhua | The council voted.",
      "BEIJING -- China said on Monday. | BEIJING | - | China said on Monday.",
  })
  void splitsTheDatelineOffTheFirstParagraph(String paragraph, String place, String agency, String rest) {
    Datelines.Split split = Datelines.split(paragraph);
    assertEquals(place, split.place());
    assertEquals(agency, split.agency());
    assertEquals(rest, split.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "NATO agreed on Tuesday to send more troops to the Baltic states.",
      "NATO - the alliance of 28 states - agreed on Tuesday to send more troops.",
      "US - Russia relations have worsened, analysts said.",
      "U.S. President Barack Obama -- who spoke in Prague -- said the treaty matters.",
      "Russia and China agreed on Monday to hold more talks.",
      "IAEA: Iran is complying with the deal, the agency said.",
      "",
  })
  void leavesOrdinarySentencesAlone(String paragraph) {
    Datelines.Split split = Datelines.split(paragraph);
    assertNull(split.place());
    assertNull(split.agency());
    assertEquals(paragraph, split.text());
  }

  @Test
  void onlyTheFirstParagraphLosesItsDateline() {
    String text = "MOSCOW, Nov. 23 (Xinhua) -- Russia said.\n\nIt added more.";
    assertEquals("Russia said.\n\nIt added more.", Datelines.split(text).text());
  }
}
