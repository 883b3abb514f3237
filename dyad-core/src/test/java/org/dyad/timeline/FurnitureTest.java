package org.dyad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // Reuters dateline with its timestamp, escaped brackets as in the Timeline17 dumps
      "\"RABAT \\| Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son of Gaddafi promised reforms .\""
          + " | A son of Gaddafi promised reforms .",
      "\"ROME Feb 21 (Reuters) - Berlusconi condemned the violence .\" | Berlusconi condemned the violence .",
      // Guardian and Washington Post timestamps after a headline
      "Bush blows $ 50m on coronation Sunday 9 January 2005 00.07 GMT The inauguration is obscene , critics say ."
          + " | The inauguration is obscene , critics say .",
      "\"Tuesday , September 16 , 2008 ; 4:30 PM Lehman Brothers is heading into court today .\""
          + " | Lehman Brothers is heading into court today .",
      // BBC
      "24 April 2011 Last updated at 17:55 GMT Help Syrian forces arrested activists . | Syrian forces arrested activists .",
      // no furniture: a year followed by a figure with one decimal is a sentence, not a timestamp
      "In 2005 10.5 million Iraqis voted . | In 2005 10.5 million Iraqis voted .",
      "The rig exploded on 20 April 2010 . | The rig exploded on 20 April 2010 .",
      // a headline in capitals, a kicker, a photo credit and a byline glued before the lead
      "NEW CAP FOR LEAKING OIL WELL When engineers removed the cap , oil flowed again ."
          + " | When engineers removed the cap , oil flowed again .",
      "TONIGHT : Because markets are opening , aid may fall . | Because markets are opening , aid may fall .",
      "\"By Jon Smith Correspondent , BBC News , Rescuers reached the town .\" | Rescuers reached the town .",
      "Photograph : al-Jazeera\\/Reuters Bin Laden 's deputy blamed Blair . | Bin Laden 's deputy blamed Blair .",
      "By the CNN Wire Staff The State Department urged citizens to leave . | The State Department urged citizens to leave .",
      // two words in capitals are a name, not a headline; nor is a short acronym before a colon
      "BP CEO Tony Hayward apologised on Sunday . | BP CEO Tony Hayward apologised on Sunday .",
      "UN : the council met . | UN : the council met .",
      // nor are three (a name with its titles), nor a transcript's speaker label
      "BP PLC CEO Tony Hayward talks to reporters . | BP PLC CEO Tony Hayward talks to reporters .",
      "BLITZER : What happens next ? | BLITZER : What happens next ?"})
  void cutsDatelinesAndTimestampsFromTheFront(String sentence, String expected) {
    assertEquals(expected, Furniture.strip(sentence));
  }

  @Test
  void aTimestampIsNoMentionOfTheDay() {
    Article a = new Article("a", "a.txt", null, null, "2011-02-20", "filename", "Reuters", List.of(), null, "en",
        "RABAT | Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son of Gaddafi promised reforms .",
        "article", 1.0);
    CorpusSentence lead = Corpus.of(List.of(a)).sentences.get(0);
    assertEquals("A son of Gaddafi promised reforms .", lead.text());
    assertTrue(!lead.mentions().contains(LocalDate.of(2011, 2, 20)), lead.mentions().toString());
  }
}
