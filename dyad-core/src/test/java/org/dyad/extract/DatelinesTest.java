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
      "WASHINGTON -LRB- AP -RRB- -- The Senate voted. | WASHINGTON | AP | The Senate voted.",
      "BAHRAIN, Oct 19 - Unidentified jets attacked three rigs. | BAHRAIN | - | Unidentified jets attacked three rigs.",
      "NEW DELHI, March 3 - India said. | NEW DELHI | - | India said.",
      "Tokyo, April 17 - U.S. Agriculture Secretary Richard Lyng arrived. | Tokyo | - | U.S. Agriculture Secretary Richard Lyng arrived.",
  })
  void splitsTheDatelineOffTheFirstParagraph(String paragraph, String place, String agency, String rest) {
    Datelines.Split split = Datelines.split(paragraph);
    assertEquals(place, split.place());
    assertEquals(agency, split.agency());
    assertEquals(rest, split.text());
  }

  // wire sites print a time stamp before the dateline ("PLACE | Weekday Mon D , YYYY h:mm pm ZONE"), so these rows
  // are split on ';'
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "LONDON | Tue Mar 8 , 2011 4:12 pm GMT LONDON -LRB- Reuters -RRB- - Britain said. ; LONDON ; Reuters ; Britain said.",
      "CAIRO , Egypt | Mon Feb 7 , 2011 9:05 am EST CAIRO , Egypt -LRB- Reuters -RRB- - Crowds stayed. ; CAIRO ; Reuters ; Crowds stayed.",
      "AMMAN | Sun Jul 3 , 2011 6:40 pm EDT AMMAN July 3 -LRB- Reuters -RRB- - Tanks moved. ; AMMAN ; Reuters ; Tanks moved.",
      "Mon Aug 22 , 2011 3:30 am EDT -LRB- Reuters -RRB- - Rebels advanced. ; - ; Reuters ; Rebels advanced.",
      "TRIPOLI | Sun Aug 21 , 2011 9:15 pm EDT Rebels entered the city. ; TRIPOLI ; - ; Rebels entered the city.",
  })
  void takesOffAWireSiteTimeStamp(String paragraph, String place, String agency, String rest) {
    splitsTheDatelineOffTheFirstParagraph(paragraph, place, agency, rest);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "NATO agreed on Tuesday to send more troops to the Baltic states.",
      "NATO - the alliance of 28 states - agreed on Tuesday to send more troops.",
      "US - Russia relations have worsened, analysts said.",
      "U.S. President Barack Obama -- who spoke in Prague -- said the treaty matters.",
      "Russia and China agreed on Monday to hold more talks.",
      "IAEA: Iran is complying with the deal, the agency said.",
      "Fri Aug 26 was the day the council met.",
      "PARIS | the city of light welcomed the delegates.",
      "IRAN - Iraq talks resumed on Monday.",
      "Tokyo - the city of lights - welcomed the delegates.",
      "Russia and China agreed -- after long talks -- to meet.",
      "",
  })
  void leavesOrdinarySentencesAlone(String paragraph) {
    Datelines.Split split = Datelines.split(paragraph);
    assertNull(split.place());
    assertNull(split.agency());
    assertEquals(paragraph, split.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a photo caption, then the wire's stamp and dateline: the caption is furniture
      "\"File photo of the minister leaving a meeting in Nicosia April 14 , 2011 .\n\nADDIS ABABA | Mon Apr 25 , 2011 10:53 am EDT ADDIS ABABA -LRB- Reuters -RRB- - Libya 's minister met AU officials .\"|ADDIS ABABA|Libya 's minister met AU officials .",
      // bullets and a byline run into the dateline
      "\"* New tests will go to states By Jane Roe , Health Editor WASHINGTON , April 30 -LRB- Reuters -RRB- - U.S. officials said more .\"|WASHINGTON|U.S. officials said more .",
      // a dash and a bracket with no capitals place before them are no dateline
      "\"The minister said -LRB- Reuters -RRB- - nothing .\"|-|The minister said -LRB- Reuters -RRB- - nothing ."})
  void findsTheWireDatelineAfterCaptionsAndBylines(String text, String place, String body) {
    Datelines.Split split = Datelines.split(text.replace("\\n", "\n"));
    assertEquals(place.equals("-") ? null : place, split.place());
    assertEquals(body, split.text());
  }

  @Test
  void onlyTheFirstParagraphLosesItsDateline() {
    String text = "MOSCOW, Nov. 23 (Xinhua) -- Russia said.\n\nIt added more.";
    assertEquals("Russia said.\n\nIt added more.", Datelines.split(text).text());
  }
}
