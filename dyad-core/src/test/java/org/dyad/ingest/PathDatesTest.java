package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "bench/t17/2011-04-22/17.htm.txt | 2011-04-22",
      "news/2011/04/22/story.html | 2011-04-22",
      "news/20110422-story.html | 2011-04-22",
      "news/2011_04_22.txt | 2011-04-22",
      "C:\\corpus\\2011-04-22\\a.txt | 2011-04-22",
      "archive/2010-01-01/2011-04-22.txt | 2011-04-22",
      "news/2011-02-30/a.txt | -",
      "news/2011-13-01/a.txt | -",
      "news/2011-04/22/a.txt | -",
      "news/story-1234567890.txt | -",
      "news/120110422.txt | -",
      "news/a.txt | -",
  })
  void findsTheDateInThePath(String path, String iso) {
    assertEquals(iso, PathDates.find(path));
  }
}
