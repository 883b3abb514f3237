package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.util.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {
  @TempDir
  Path dir;

  @Test
  void tellsEachFilesFormatByItsFirstLine() {
    Dictionaries d = Dictionaries.load(List.of(Fixture.path("dyad-lexicon.tsv"), Fixture.path("tabari-verbs.txt"),
        Fixture.path("petrarch-verbs.txt")), DictionaryFormat.AUTO, List.of(Fixture.path("dyad-actors.tsv"),
        Fixture.path("tabari-actors.txt")), DictionaryFormat.AUTO);
    assertEquals(3 + 8 + 5, d.lexicon().size());
    assertEquals(3 + 7, d.actors().size());
    List<String> report = d.report();
    assertEquals(5, report.size());
    assertTrue(report.get(0).matches("--lexicon .*dyad-lexicon.tsv \\(dyad\\): 3 lexicon entries"), report.get(0));
    assertTrue(report.get(1).matches("--lexicon .*tabari-verbs.txt \\(TABARI/PETRARCH\\): 8 lexicon entries; "
        + "left out: .*"), report.get(1));
    assertTrue(report.get(4).contains("(TABARI/PETRARCH): 7 actor codes; left out: "), report.get(4));
  }

  @Test
  void anExplicitFormatWinsOverTheFirstLine() {
    Path f = Fixture.write(dir, "verbs.tsv", "zorbify\tV\t112\tact");
    Dictionaries d = Dictionaries.load(List.of(f), DictionaryFormat.TABARI, List.of(), DictionaryFormat.AUTO);
    assertEquals(List.of(), d.lexicon());
    assertEquals(List.of("--lexicon " + f + " (TABARI/PETRARCH): 0 lexicon entries; left out: verbs that are not "
        + "one word or a verb and its particle: 1, the first at " + f + ":1"), d.report());
    assertEquals(1, Dictionaries.load(List.of(f), DictionaryFormat.AUTO, List.of(), DictionaryFormat.AUTO)
        .lexicon().size());
  }

  @Test
  void aMissingOrFormatlessFileIsABadInputNamingIt() {
    Path missing = dir.resolve("nope.txt");
    BadInputException e = assertThrows(BadInputException.class,
        () -> Dictionaries.load(List.of(missing), DictionaryFormat.AUTO, List.of(), DictionaryFormat.AUTO));
    assertEquals(missing + ": no such file", e.getMessage());
    Path odd = Fixture.write(dir, "odd.txt", "# only a comment", "just some words");
    e = assertThrows(BadInputException.class,
        () -> Dictionaries.load(List.of(odd), DictionaryFormat.AUTO, List.of(), DictionaryFormat.AUTO));
    assertEquals(odd + ": cannot tell its format from its first line; give --lexicon-format dyad or tabari",
        e.getMessage());
  }

  @Test
  void formatNamesAreCheckedWithTheOptionInTheMessage() {
    assertEquals(DictionaryFormat.TABARI, DictionaryFormat.named("--actors-format", "PETRARCH"));
    assertEquals(DictionaryFormat.DYAD, DictionaryFormat.named("--actors-format", "dyad"));
    assertEquals(DictionaryFormat.AUTO, DictionaryFormat.named("--actors-format", null));
    BadInputException e = assertThrows(BadInputException.class,
        () -> DictionaryFormat.named("--lexicon-format", "kedsx"));
    assertEquals("--lexicon-format: expected auto, dyad, tabari or petrarch, got 'kedsx'", e.getMessage());
  }

  @Test
  void noFilesMeansNone() {
    assertTrue(Dictionaries.NONE.isEmpty());
    assertEquals(Dictionaries.NONE, Dictionaries.load(List.of(), DictionaryFormat.AUTO, List.of(),
        DictionaryFormat.AUTO));
  }
}
