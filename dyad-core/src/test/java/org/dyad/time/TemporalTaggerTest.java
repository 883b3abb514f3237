package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemporalTaggerTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  static Stream<Arguments> cases() throws IOException {
    var in = TemporalTaggerTest.class.getResourceAsStream("cases.tsv");
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "[{0}] {1} -> {2} {3} {4}")
  @MethodSource("cases")
  void tagsTheCaseTable(String dct, String sentence, String text, String type, String value) {
    List<Timex> found = TAGGER.tag(sentence, LocalDate.parse(dct));
    Timex timex = found.stream().filter(t -> t.text().equals(text)).findFirst().orElse(null);
    if (type.equals("NONE")) {
      assertTrue(found.stream().noneMatch(t -> t.text().contains(text)), () -> "tagged " + found);
      return;
    }
    assertNotNull(timex, () -> "'" + text + "' not among " + found);
    assertEquals(type + " " + value, timex.type() + " " + timex.value(), () -> "in " + found);
    assertEquals(text, sentence.substring(timex.start(), timex.end()));
  }

  @Test
  void leavesRelativeExpressionsUnresolvedWithoutADocumentDate() {
    List<Timex> found = TAGGER.tag("Rebels attacked on Saturday and in 1998.", null);
    assertEquals("XXXX-XX-XX", found.get(0).value());
    assertEquals("1998", found.get(1).value());
  }

  @Test
  void explainsTheTenseAndAnchorBehindAValue() {
    List<Resolved> found = TAGGER.explain("Talks opened on Jan. 10. Two days later they failed.", LocalDate.of(2013, 2, 5));
    assertEquals(Tense.PAST, found.get(0).tense());
    assertNull(found.get(0).anchor());
    assertEquals("2013-01-10", found.get(1).anchor());
    assertEquals("later", found.get(1).rule());
  }

  @Test
  void resolvesTheFirstExpressionOfOneSentence() {
    Resolved first = TAGGER.resolveFirst("The envoy will arrive on Saturday.", LocalDate.of(2013, 2, 5));
    assertEquals("2013-02-09", first.timex().value());
    assertEquals(Tense.FUTURE, first.tense());
    assertNull(TAGGER.resolveFirst("No date here.", LocalDate.of(2013, 2, 5)));
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    String text = "Rebels attacked on Saturday. Two days later, on Feb. 4, talks resumed for three hours.";
    LocalDate dct = LocalDate.of(2013, 2, 5);
    List<Timex> expected = TAGGER.tag(text, dct);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Timex>>> results = IntStream.range(0, 200)
          .mapToObj(i -> pool.submit(() -> TAGGER.tag(text, dct))).toList();
      for (Future<List<Timex>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
