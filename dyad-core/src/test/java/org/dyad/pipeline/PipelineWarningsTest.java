package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** What the pipeline tells the user about an article it kept only in part. */
class PipelineWarningsTest {
  private static final Pipeline EXTRACTION = Pipeline.extractionOnly(line -> false);
  private static final String PROSE = IntStream.range(0, 12).mapToObj(i -> "Delegation " + i + " said on Friday that "
      + "the talks with their partners in Geneva would go on next week, officials in both capitals said.")
      .collect(Collectors.joining("\n"));

  private static String menu(int lines) {
    return IntStream.range(0, lines).mapToObj(i -> "| Home | World | Sport | " + i + " | Login | Share |")
        .collect(Collectors.joining("\n"));
  }

  private static RawDocument text(String content) {
    return new RawDocument("big.txt", null, RawDocument.Format.TEXT, content, null);
  }

  @Test
  void sentencesWhoseCodingFailedAreCountedInOneWarning() {
    assertEquals(null, Pipeline.failureWarning(List.of()));
    assertEquals("2 sentence(s) could not be coded and gave no event (first: sentence 4: "
        + "java.lang.IllegalStateException: odd parse)", Pipeline.failureWarning(List.of(
            "sentence 4: java.lang.IllegalStateException: odd parse", "sentence 9: java.lang.NullPointerException")));
  }

  @Test
  void aLargeTextCutToItsBestBlockIsKeptWithAWarningGivingTheShare() {
    Pipeline.Result r = EXTRACTION.process(text(menu(4000) + "\n\n" + PROSE + "\n\n" + menu(4000)));
    assertEquals(PROSE.replace("\n", "\n\n"), r.article().text());
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).startsWith("kept 0.4 % of 374 kB"), r.warnings().get(0));
  }

  @Test
  void anOrdinaryPageOrALargeTextKeptMostlyWholeHasNoWarning() {
    assertEquals(List.of(), EXTRACTION.process(text("Talks in Geneva\n" + PROSE + "\nRelated News\n")).warnings());
    String longArticle = (PROSE + "\n").repeat(100);
    assertTrue(longArticle.length() > Pipeline.LARGE_TEXT_CHARS);
    assertEquals(List.of(), EXTRACTION.process(text(longArticle)).warnings());
  }

  @Test
  void htmlIsNotMeasuredSinceMarkupIsMostOfAnyPage() {
    String html = "<html><body><nav>" + menu(4000) + "</nav><article><p>" + PROSE + "</p></article></body></html>";
    Pipeline.Result r = EXTRACTION.process(new RawDocument("big.html", null, RawDocument.Format.HTML, html, null));
    assertEquals(List.of(), r.warnings());
  }
}
