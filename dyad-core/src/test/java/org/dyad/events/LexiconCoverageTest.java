package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.util.Tsv;
import org.junit.jupiter.api.Test;

/** lexicon.tsv keys every CAMEO 1.1b3 leaf code, or unphrased-codes.tsv says why English gives it no one phrase. */
class LexiconCoverageTest {
  private static final CameoTable CAMEO = new CameoTable();
  private static final Lexicon LEXICON = new Lexicon();
  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}$'-]+(\\+[\\p{L}\\p{N}$'_:-]+)?");
  private static final Pattern CODE = Pattern.compile("-|\\d{3,4}");

  /** A leaf is a code no other code refines (0211 is a leaf, 021 is not; 020 "not specified below" is). */
  private static Set<String> leaves() {
    Set<String> codes = CAMEO.all().keySet();
    return codes.stream().filter(c -> codes.stream().noneMatch(o -> !o.equals(c) && o.startsWith(c)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> unphrased() {
    Map<String, String> out = new TreeMap<>();
    for (String[] r : Tsv.read("/org/dyad/events/unphrased-codes.tsv", 2)) {
      out.put(r[0].trim(), r[1].trim());
    }
    return out;
  }

  private static Set<String> codesWithEntries() {
    return LEXICON.entries().stream().map(Lexicon.Entry::code).collect(Collectors.toSet());
  }

  @Test
  void everyLeafCodeHasAnEntryOrAReasonWhyNot() {
    Set<String> missing = new TreeSet<>(leaves());
    missing.removeAll(codesWithEntries());
    missing.removeAll(unphrased().keySet());
    assertEquals(Set.of(), missing, "CAMEO leaf codes with no lexicon entry and no line in unphrased-codes.tsv");
  }

  @Test
  void unphrasedCodesAreLeavesWithoutEntriesAndSayWhy() {
    Set<String> used = codesWithEntries();
    unphrased().forEach((code, reason) -> {
      assertTrue(leaves().contains(code), code + " in unphrased-codes.tsv is not a CAMEO leaf code of cameo.tsv");
      assertTrue(!used.contains(code), code + " has lexicon entries now: drop its line from unphrased-codes.tsv");
      assertTrue(reason.length() > 10, code + " needs a reason");
    });
    assertTrue(unphrased().size() * 10 < leaves().size(), "the exceptions stay a small list");
  }

  @Test
  void everyLexiconLineHasATermAPartOfSpeechACodeAndAKind() {
    Set<String> kinds = Set.of("act", "say", "visit", "enact");
    for (String[] r : Tsv.read("/org/dyad/events/lexicon.tsv", 4)) {
      String line = String.join("\t", r);
      assertEquals(4, r.length, "four tab-separated columns: " + line);
      assertTrue(TERM.matcher(r[0]).matches(), "term is lemma or lemma+second: " + line);
      assertTrue(Set.of("V", "N", "A").contains(r[1]), "pos V, N or A: " + line);
      assertTrue(CODE.matcher(r[2]).matches(), "code is '-' or a CAMEO code: " + line);
      assertTrue(CAMEO.get(r[2]) != null || r[2].equals("-"), "code not in cameo.tsv: " + line);
      assertTrue(kinds.contains(r[3]), "kind act, say, visit or enact: " + line);
    }
  }

  @Test
  void noTermIsListedTwiceForOnePartOfSpeech() {
    Set<String> seen = new HashSet<>();
    List<String> twice = LEXICON.entries().stream()
        .map(e -> e.lemma() + (e.second() == null ? "" : "+" + e.second()) + " " + e.pos())
        .filter(k -> !seen.add(k)).toList();
    assertEquals(List.of(), twice, "a second line for the same term and part of speech is never used");
  }

  @Test
  void theLexiconIsLargeEnoughToCoverTheCodebook() {
    assertTrue(LEXICON.entries().size() >= 2500, "entries: " + LEXICON.entries().size());
  }
}
