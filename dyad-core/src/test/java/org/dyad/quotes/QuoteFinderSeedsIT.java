package org.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.eval.SharedData;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Quote;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five seed pages through the whole pipeline: who is quoted in each, as we read it in the pages (the pages
 * stay in the shared folder; only the speakers' names are written here). Skips when the shared folder is absent.
 */
class QuoteFinderSeedsIT {
  private static final Map<String, List<Quote>> BY_PAGE = new TreeMap<>();
  private static final Map<String, String> TEXTS = new TreeMap<>();

  @BeforeAll
  static void readSeeds() throws IOException {
    Path seeds = SharedData.folder("seeds");
    Pipeline pipeline = Pipeline.standard();
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        String page = f.getFileName().toString().substring(0, 3);
        inputs.read(f, doc -> {
          Pipeline.Result r = pipeline.process(doc);
          BY_PAGE.put(page, r.quotes());
          TEXTS.put(page, r.article() == null ? "" : r.article().text());
        }, skip -> { });
      }
    }
  }

  @ParameterizedTest(name = "page {0}: {1} quote by {2}")
  @CsvSource({
      "000, direct, Yang Lei",
      "000, reported, Sergei Lavrov",
      "000, reported, Alexei Pushkov",
      "001, direct, Wan Chengcai",
      "001, reported, Zhang Zhengdong",
      "002, direct, John Kerry",
      "002, direct, Vladimir Putin",
      "002, direct, Sergei Markov",
      "003, direct, Dmitry Polikanov",
      "003, reported, Sergei Lavrov",
      "004, direct, Steve Pifer",
      "004, direct, Hillary Clinton",
  })
  void quotesTheSpeakerWeReadInThePage(String page, String kind, String speaker) {
    List<Quote> quotes = BY_PAGE.getOrDefault(page, List.of());
    assertTrue(quotes.stream().anyMatch(q -> q.kind().equals(kind) && q.speaker() != null
        && speaker.equals(q.speaker().name())), "no " + kind + " quote by " + speaker + " in page " + page + ":\n  "
        + quotes.stream().map(QuoteFinderSentencesIT::show).collect(Collectors.joining("\n  ")));
  }

  @ParameterizedTest(name = "page {0}: a quote by \"{1}\" is {2}'s")
  @CsvSource({
      "002, he, Vladimir Putin",
      "003, he, Dmitry Polikanov",
      "001, Wan, Wan Chengcai",
  })
  void resolvesAPronounOrSurnameToTheSpeakerBefore(String page, String words, String speaker) {
    List<Quote> quotes = BY_PAGE.getOrDefault(page, List.of());
    assertTrue(quotes.stream().anyMatch(q -> q.speaker() != null && words.equals(q.speaker().text())
        && speaker.equals(q.speaker().name())), "no quote by '" + words + "' = " + speaker + " in page " + page);
  }

  @ParameterizedTest(name = "page {0}: every span points at its words")
  @CsvSource({"000", "001", "002", "003", "004"})
  void everyQuoteSpanPointsAtItsWordsInTheArticle(String page) {
    String text = TEXTS.getOrDefault(page, "");
    List<String> wrong = new ArrayList<>();
    for (Quote q : BY_PAGE.getOrDefault(page, List.of())) {
      String at = text.substring(q.span().get(0), q.span().get(1));
      if (!at.startsWith(q.text().split("\n")[0])) {
        wrong.add(QuoteFinderSentencesIT.show(q) + " ≠ " + at);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
