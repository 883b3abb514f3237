package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class LexiconDataTest {
  private static final CameoTable CAMEO = new CameoTable();
  private static final Lexicon LEXICON = new Lexicon();
  private static final Set<String> KINDS = Set.of("act", "say", "visit", "enact");
  private static final Set<String> CUE_STATUSES = Set.of("hypothetical", "planned", "negated", "intent", "announced", "reported");

  @Test
  void cameoTableGivesEveryTypedCodeAPloverTypeAndAGoldsteinValue() {
    assertTrue(CAMEO.all().size() > 250, "CAMEO 1.1b3 has about 290 three- and four-digit codes");
    CAMEO.all().values().forEach(c -> {
      assertTrue(c.plover().equals("-") || Event.PLOVER_TYPES.contains(c.plover()), c.code() + " " + c.plover());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code() + " Goldstein " + c.goldstein());
      assertTrue(c.code().matches("\\d{3,4}"), c.code());
    });
  }

  @Test
  void goldsteinValuesFollowTheCameoNumbering() {
    assertEquals(1.9, CAMEO.get("042").goldstein());
    assertEquals(-8.0, CAMEO.get("163").goldstein());
    assertEquals(-10.0, CAMEO.get("190").goldstein());
    assertEquals("third-party", CAMEO.get("044").mode());
  }

  @Test
  void sanctionsAreSanctionEventsAsThePloverManualCodesThem() {
    assertEquals("SANCTION", CAMEO.get("163").plover());
    assertEquals("discontinue", CAMEO.get("163").mode());
  }

  @Test
  void everyLexiconCodeHasAPloverTypeAndAGoldsteinValue() {
    for (Lexicon.Entry e : LEXICON.entries()) {
      assertTrue(KINDS.contains(e.kind()), e.describe());
      assertTrue(Set.of("V", "N", "A").contains(e.pos()), e.describe());
      if (!e.code().equals("-")) {
        CameoTable.Code c = CAMEO.get(e.code());
        assertNotNull(c, "lexicon code missing from cameo.tsv: " + e.describe());
        boolean comment = c.plover().equals("-") && c.code().startsWith("01"); // a CAMEO 01x comment: no event
        assertTrue(comment || Event.PLOVER_TYPES.contains(c.plover()), "code without PLOVER type: " + e.describe());
      }
    }
  }

  @Test
  void lexiconCoversAllSixteenPloverTypes() {
    Set<String> covered = new TreeSet<>();
    LEXICON.entries().stream().filter(e -> !e.code().equals("-")).map(e -> CAMEO.get(e.code()).plover())
        .filter(p -> !p.equals("-")).forEach(covered::add);
    assertEquals(new TreeSet<>(Event.PLOVER_TYPES), covered);
  }

  @Test
  void namedMeasuresAndStatusCuesAreConsistent() {
    LEXICON.measures().forEach(m -> {
      assertNotNull(CAMEO.get(m.code()), m.phrase());
      assertTrue(m.target().matches("[A-Z]{2,5}"), m.phrase());
    });
    assertEquals("hypothetical", LEXICON.cue("may", "aux").status());
    assertEquals("announced", LEXICON.cue("plan", "governor").status());
    assertEquals("planned", LEXICON.cue("schedule", "governor").status());
    assertEquals("negated", LEXICON.cue("refuse", "governor").status());
    assertTrue(LEXICON.speech("say"));
    for (String w : new String[] {"will", "could", "might"}) {
      assertTrue(CUE_STATUSES.contains(LEXICON.cue(w, "aux").status()), w);
    }
  }

  @Test
  void specificEntriesExistForPhrasalEvents() {
    assertTrue(LEXICON.byLemma("extend").stream().anyMatch(e -> "sanction".equals(e.second())));
    assertTrue(LEXICON.byLemma("call").stream().anyMatch(e -> "for".equals(e.second())));
    assertTrue(LEXICON.byLemma("visit").stream().anyMatch(e -> e.pos().equals("N")));
  }
}
