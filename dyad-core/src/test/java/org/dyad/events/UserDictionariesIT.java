package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryFormat;
import org.dyad.model.Event;
import org.dyad.model.EventExplanation;
import org.junit.jupiter.api.Test;

/** The coder with dictionaries we wrote in TABARI/PETRARCH and dyad's formats, on the real CoreNLP pipeline. */
class UserDictionariesIT {
  private static final String SENTENCE = "Freedonia zorbified Sylvania.";
  private static final Dictionaries TABARI = Dictionaries.load(List.of(path("tabari-verbs.txt")),
      DictionaryFormat.AUTO, List.of(path("tabari-actors.txt")), DictionaryFormat.AUTO);
  private static final EventCoder WITH_TABARI = new EventCoder(TABARI);

  private static Path path(String name) {
    try {
      return Path.of(UserDictionariesIT.class.getResource("/org/dyad/dictionary/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<EventExplanation> code(EventCoder coder, String text, String date) {
    return coder.explain("a1", null, date, text);
  }

  private static String side(Event e) {
    return e.source().code() + "/" + e.source().sector() + " " + e.cameo() + " " + e.target().code();
  }

  @Test
  void dyadsOwnDictionariesCodeNothingInTheMadeUpSentence() {
    assertEquals(List.of(), code(new EventCoder(), SENTENCE, "1994-06-01"));
  }

  @Test
  void anAddedVerbAndActorsCodeTheSentenceAndTheExplanationNamesTheirLines() {
    List<EventExplanation> x = code(WITH_TABARI, SENTENCE, "1994-06-01");
    assertEquals(1, x.size(), x.toString());
    assertEquals("FRD/REB 112 SYL", side(x.get(0).event()));
    assertTrue(x.get(0).lexicon().startsWith("zorbify V 112 act (from " + path("tabari-verbs.txt") + ":9)"),
        x.get(0).lexicon());
    assertTrue(x.get(0).mentions().get(0).contains("from " + path("tabari-actors.txt") + ":4"),
        x.get(0).mentions().toString());
  }

  @Test
  void theDateRestrictionPicksTheCodeValidOnTheDay() {
    assertEquals("FRD/REB 112 SYL", side(code(WITH_TABARI, SENTENCE, "1994-12-31").get(0).event()));
    assertEquals("FRD/GOV 112 SYL", side(code(WITH_TABARI, SENTENCE, "1995-01-01").get(0).event()));
    assertEquals("FRD/GOV 112 SYL", side(code(WITH_TABARI, "The Freedonian government zorbified Sylvania.",
        "2001-03-01").get(0).event()));
  }

  @Test
  void aPatternLineWithASynonymSetGivesTheSpecificCode() {
    List<EventExplanation> x = code(WITH_TABARI, "Freedonia zorbified a pact with Sylvania.", "1996-01-01");
    assertEquals("FRD/GOV 057 SYL", side(x.get(0).event()));
    assertTrue(x.get(0).lexicon().startsWith("zorbify+pact V 057 act (from " + path("tabari-verbs.txt") + ":11)"),
        x.get(0).lexicon());
  }

  @Test
  void aUserEntryOverridesDyadsCodeForTheSameTerm() {
    String text = "Russia accused Ukraine.";
    assertEquals("112", code(new EventCoder(), text, "2020-01-01").get(0).event().cameo());
    Dictionaries own = Dictionaries.load(List.of(path("dyad-lexicon.tsv")), DictionaryFormat.AUTO,
        List.of(path("dyad-actors.tsv")), DictionaryFormat.AUTO);
    EventCoder coder = new EventCoder(own);
    assertEquals("111", code(coder, text, "2020-01-01").get(0).event().cameo());
    assertEquals("FRD/REB 112 SYL", side(code(coder, SENTENCE, "1932-06-01").get(0).event()));
    assertEquals("FRD/GOV 112 SYL", side(code(coder, SENTENCE, "1934-06-01").get(0).event()));
  }
}
