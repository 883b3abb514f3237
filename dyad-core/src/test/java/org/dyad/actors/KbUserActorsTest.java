package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dyad.dictionary.ActorEntry;
import org.junit.jupiter.api.Test;

/** A user's actors in the knowledge base: their names replace dyad's entries, dated codes come first. */
class KbUserActorsTest {
  private static ActorEntry actor(String name, String code, String sector, LocalDate from, LocalDate to, String at) {
    return new ActorEntry(List.of(name), code, sector, from, to, at);
  }

  @Test
  void aUserNameReplacesEveryEntryDyadHasForIt() {
    Kb kb = new Kb();
    assertFalse(kb.lookup("kremlin").isEmpty());
    kb.addUser(List.of(actor("Kremlin", "XKR", "GOV", null, null, "a.tsv:1")));
    List<KbEntry> now = kb.lookup("kremlin");
    assertEquals(1, now.size());
    assertEquals("XKR", now.get(0).code());
    assertEquals("a.tsv:1", now.get(0).source());
  }

  @Test
  void datedCodesComeBeforeTheUndatedOneWhateverTheirOrderInTheFile() {
    Kb kb = new Kb();
    kb.addUser(List.of(actor("Freedonia", "FRD", null, null, null, "a.txt:1"),
        actor("Freedonia", "FRD", "GOV", LocalDate.of(1933, 1, 1), null, "a.txt:2")));
    List<KbEntry> e = kb.lookup("freedonia");
    assertEquals(List.of("GOV", "null"), e.stream().map(x -> String.valueOf(x.sector())).toList());
  }

  @Test
  void aLaterFileReplacesAnEarlierFilesCodesForTheSameName() {
    Kb kb = new Kb();
    kb.addUser(List.of(actor("Freedonia", "FRD", "REB", null, null, "a.txt:1"),
        actor("Freedonia", "FRE", "GOV", null, null, "b.txt:7")));
    assertEquals(List.of("FRE"), kb.lookup("freedonia").stream().map(KbEntry::code).toList());
  }
}
