package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.dictionary.LexiconEntry;
import org.junit.jupiter.api.Test;

/** How a user's entries join dyad's lexicon: before dyad's of their lemma, replacing dyad's of the same term. */
class LexiconUserEntriesTest {
  private static final Lexicon OWN = new Lexicon();

  @Test
  void anAddedLemmaHasOnlyTheUsersEntriesWithTheirSource() {
    Lexicon l = new Lexicon(List.of(new LexiconEntry("zorbify", null, "V", "112", "act", "my.tsv:3")));
    assertEquals(List.of(), OWN.byLemma("zorbify"));
    assertEquals(1, l.byLemma("zorbify").size());
    assertEquals("zorbify V 112 act (from my.tsv:3)", l.byLemma("zorbify").get(0).describe());
    assertEquals(OWN.entries().size() + 1, l.entries().size());
  }

  @Test
  void aUserEntryReplacesDyadsOfTheSameTermAndComesFirst() {
    Lexicon.Entry dyads = OWN.byLemma("accuse").get(0);
    assertEquals("accuse V 112 act", dyads.describe());
    Lexicon l = new Lexicon(List.of(new LexiconEntry("accuse", null, "V", "111", "act", "my.tsv:1"),
        new LexiconEntry("accuse", "piracy", "V", "1121", "act", "my.tsv:2")));
    List<Lexicon.Entry> accuse = l.byLemma("accuse");
    assertEquals("accuse V 111 act (from my.tsv:1)", accuse.get(0).describe());
    assertEquals("accuse+piracy V 1121 act (from my.tsv:2)", accuse.get(1).describe());
    assertEquals(OWN.byLemma("accuse").size() + 1, accuse.size());
    assertTrue(accuse.stream().noneMatch(e -> e.second() == null && e.source() == null && e.pos().equals("V")));
  }

  @Test
  void aLaterUserEntryReplacesAnEarlierOne() {
    Lexicon l = new Lexicon(List.of(new LexiconEntry("zorbify", null, "V", "112", "act", "a.tsv:1"),
        new LexiconEntry("zorbify", null, "V", "111", "act", "b.tsv:1")));
    assertEquals(1, l.byLemma("zorbify").size());
    assertEquals("111", l.byLemma("zorbify").get(0).code());
  }

  @Test
  void withoutUserEntriesTheLexiconIsDyadsInFileOrder() {
    assertEquals(OWN.entries(), new Lexicon(List.of()).entries());
  }
}
