package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dyad's own layouts: every line checked, every fault a {@code FILE:LINE: what} message. */
class DyadReadersTest {
  @TempDir
  Path dir;

  @Test
  void readsALexiconInLexiconTsvsLayout() {
    List<LexiconEntry> read = DyadLexiconReader.read(Fixture.path("dyad-lexicon.tsv"));
    assertEquals(List.of("zorbify", "zorbify+smuggling", "accuse"), read.stream().map(LexiconEntry::term).toList());
    assertEquals("1121", read.get(1).code());
    assertEquals(Fixture.path("dyad-lexicon.tsv") + ":4", read.get(1).source());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "zorbify\tV\t112|expected 4 tab-separated columns (term, pos, code, kind), got 3",
      "zorb ify\tV\t112\tact|term 'zorb ify' is not a lemma or lemma+second word",
      "zorbify\tX\t112\tact|pos 'X' is not V, N or A",
      "zorbify\tV\t999\tact|code '999' is not a CAMEO 1.1b3 code of cameo.tsv (or -)",
      "zorbify\tV\t112\tshout|kind 'shout' is not act, say, visit or enact"})
  void rejectsABadLexiconLineNamingFileAndLine(String line, String what) {
    Path f = Fixture.write(dir, "lex.tsv", "# a comment", line.replace("\\t", "\t"));
    DictionaryException e = assertThrows(DictionaryException.class, () -> DyadLexiconReader.read(f));
    assertEquals(f + ":2: " + what, e.getMessage());
  }

  @Test
  void aTermTwiceInOneFileIsAnError() {
    Path f = Fixture.write(dir, "lex.tsv", "zorbify\tV\t112\tact", "zorbify\tV\t111\tact");
    assertEquals(f + ":2: term 'zorbify' V is already on line 1",
        assertThrows(DictionaryException.class, () -> DyadLexiconReader.read(f)).getMessage());
  }

  @Test
  void readsActorsInGroupsTsvsLayout() {
    List<ActorEntry> read = DyadActorReader.read(Fixture.path("dyad-actors.tsv"));
    assertEquals(3, read.size());
    assertEquals(List.of("Freedonia", "Freedonian government"), read.get(0).names());
    assertEquals(LocalDate.of(1932, 12, 31), read.get(0).to());
    assertEquals("GOV", read.get(1).sector());
    assertEquals(null, read.get(2).sector());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Freedonia|expected tab-separated names, code, sector, from, to; got one column",
      "Freedonia\tfrd|code 'frd' is not an actor code (2-8 capitals or digits, such as FRA or NATO)",
      "Freedonia\tFRD\tKING|sector 'KING' is not one of BUS COP CVL DIP EDU GOV IGO JUD LEG MED MIL NGO OPP REB",
      "Freedonia\tFRD\tGOV\t1933-13-01|date '1933-13-01' is not YYYY-MM-DD",
      "Freedonia\tFRD\tGOV\t1934-01-01\t1933-01-01|from 1934-01-01 is after to 1933-01-01",
      "\tFRD|no name in the first column"})
  void rejectsABadActorLineNamingFileAndLine(String line, String what) {
    Path f = Fixture.write(dir, "actors.tsv", line.replace("\\t", "\t"));
    DictionaryException e = assertThrows(DictionaryException.class, () -> DyadActorReader.read(f));
    assertEquals(f + ":1: " + what, e.getMessage());
  }
}
