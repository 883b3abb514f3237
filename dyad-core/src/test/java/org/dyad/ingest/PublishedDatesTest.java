package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
  @TempDir Path dir;

  private PublishedDates load(String csv) throws IOException {
    Path file = dir.resolve("dates.csv");
    Files.writeString(file, csv);
    return PublishedDates.load(file);
  }

  @Test
  void looksUpByFullPathPathSuffixOrFileName() throws IOException {
    PublishedDates dates = load("path,published\n"
        + "# a comment\n"
        + "corpus/a/one.txt,2016-03-25\n"
        + "\"two, with comma.txt\",2016-03-26T10:30\n"
        + "three.txt,2016-03-27\n");
    assertEquals(3, dates.size());
    assertEquals("2016-03-25", dates.lookup(Path.of("/data/corpus/a/one.txt"), "/data/corpus/a/one.txt"));
    assertEquals("2016-03-26T10:30", dates.lookup(Path.of("x/two, with comma.txt"), "x/two, with comma.txt"));
    assertEquals("2016-03-27", dates.lookup(Path.of("deep/dir/three.txt"), "deep/dir/three.txt"));
    assertNull(dates.lookup(Path.of("b/one.txt"), "b/one.txt"));
    assertNull(dates.lookup(Path.of("xone.txt"), "corpus/a/xone.txt"));
  }

  @Test
  void windowsSeparatorsAndDotSlashMatch() throws IOException {
    PublishedDates dates = load(".\\corpus\\a\\one.txt,2016-03-25\n");
    assertEquals("2016-03-25", dates.lookup(Path.of("corpus/a/one.txt"), "corpus/a/one.txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one.txt,25/03/2016", "one.txt", "one.txt,", ",2016-03-25", "one.txt,2016-02-30",
      "one.txt,2016-13-01"})
  void aBadRowFailsNamingTheFileAndLine(String row) throws IOException {
    Path file = dir.resolve("dates.csv");
    Files.writeString(file, "path,published\ngood.txt,2016-01-01\n" + row + "\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublishedDates.load(file));
    assertTrue(e.getMessage().contains(file + ":3"), e.getMessage());
  }

  @Test
  void aMissingFileFailsNamingIt() {
    Path missing = dir.resolve("nope.csv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublishedDates.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void noneHasNoDates() {
    assertNull(PublishedDates.NONE.lookup(Path.of("a.txt"), "a.txt"));
    assertEquals(0, PublishedDates.NONE.size());
  }
}
