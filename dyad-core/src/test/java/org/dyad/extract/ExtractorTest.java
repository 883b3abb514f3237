package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.dyad.model.RawDocument.Hints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTest {
  private static final String BODY = "Russia and the United States agreed on Friday to extend their talks on "
      + "strategic arms for another round, officials in both capitals said.\n"
      + "The two sides met for six hours in Moscow and discussed the verification of warheads, the foreign "
      + "ministry said in a statement after the meeting.\n";
  private static final String DATED = "Arms talks extended\nPublished: 2016-03-25\n" + BODY;
  private static final String UNDATED = "Arms talks extended\n" + BODY;
  private final Extractor extractor = new Extractor();

  private Article extract(String content, Hints hints) {
    return extractor.extract(new RawDocument("in/page.txt", null, Format.TEXT, content, hints));
  }

  /** The documented rule: user date beats the page, the page beats container metadata, which beats the file name. */
  @ParameterizedTest(name = "page dated {0}, hint {1} from {2} -> {3} from {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "true  | 2020-01-01 | user     | 2020-01-01 | user",
      "false | 2020-01-01 | user     | 2020-01-01 | user",
      "true  | 2020-01-01 | meta     | 2016-03-25 | text",
      "false | 2020-01-01 | meta     | 2020-01-01 | meta",
      "true  | 2020-01-01 | filename | 2016-03-25 | text",
      "false | 2020-01-01 | filename | 2020-01-01 | filename",
      "true  | -          | -        | 2016-03-25 | text",
      "false | -          | -        | -          | -",
  })
  void publicationDatePrecedence(boolean pageDated, String hint, String from, String published, String publishedFrom) {
    Article a = extract(pageDated ? DATED : UNDATED, new Hints(null, hint, from, null));
    assertEquals(published, a.published());
    assertEquals(publishedFrom, a.publishedFrom());
  }

  @Test
  void containerTitleAndOutletBeatThePage() {
    Article a = extract("Published by China Daily\n" + DATED, new Hints("Given title", null, null, "Given Outlet"));
    assertEquals("Given title", a.title());
    assertEquals("Given Outlet", a.outlet());
  }

  @Test
  void idIsStableAcrossWhitespaceDifferences() {
    assertEquals(Extractor.articleId("Russia  and\nthe US\tagreed. "), Extractor.articleId(" Russia and the US agreed."));
    assertNotEquals(Extractor.articleId("Russia and the US agreed."), Extractor.articleId("Russia and the UK agreed."));
  }

  @Test
  void theSameStoryInDifferentFurnitureGetsOneId() {
    Article a = extract("Home | World | Europe\n" + DATED + "Related News\nCopyright 2016 Foo\n", null);
    Article b = extract(UNDATED + "\n\nShare this\n", null);
    assertEquals(a.text(), b.text());
    assertEquals(a.id(), b.id());
  }

  @Test
  void datelineIsSplitOffAndItsAgencyBecomesTheOutlet() {
    Article a = extract("Arms talks extended\nMOSCOW, March 25 (Xinhua) -- " + BODY, null);
    assertEquals("MOSCOW", a.dateline());
    assertEquals("Xinhua", a.outlet());
    assertEquals(BODY.lines().findFirst().orElseThrow(), a.text().lines().findFirst().orElseThrow());
  }

  @Test
  void theUrlHostNamesTheOutletWhenThePageDoesNot() {
    Article a = extractor.extract(new RawDocument("x.txt", "http://www.chinadaily.com.cn/a.htm", Format.TEXT, UNDATED,
        null));
    assertEquals("China Daily", a.outlet());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en | Russia and the United States agreed on Friday to extend their talks on arms, officials said.",
      "zh | 中国外交部长王毅25日在北京同俄罗斯外长拉夫罗夫举行会谈，双方就双边关系深入交换了意见。",
      "ja | 日本の外務大臣は金曜日にモスクワでロシアの外相と会談し、平和条約について話し合った。",
      "ru | Россия и США договорились в пятницу продолжить переговоры о стратегических вооружениях.",
      "ko | 한국과 러시아 외교장관은 금요일 모스크바에서 회담을 열고 양국 관계를 논의했다.",
  })
  void guessesTheLanguageFromTheBody(String language, String sentence) {
    assertEquals(language, Languages.guess(sentence));
  }

  @Test
  void textWithoutEnglishFunctionWordsIsUndetermined() {
    assertEquals("und", Languages.guess("Moscow Washington Kremlin Pentagon 2016"));
  }

  @Test
  void aPageWithoutAnArticleGivesAnEmptyText() {
    Article a = extract("Home | World\nLogin\n", null);
    assertEquals("", a.text());
    assertNull(a.title());
  }
}
