package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexTest {
  @TempDir Path dir;

  @Test
  void aMissingSnippetBecomesTheEscapedStartOfTheText() {
    assertEquals("Tom &amp; Jerry &lt;b&gt;met&lt;/b&gt; at &quot;noon&quot;.",
        TextIndex.orPrefix(null, "Tom & Jerry <b>met</b>\n\nat \"noon\"."));
  }

  @Test
  void aLongTextIsCutAtAWordWithAnEllipsis() {
    String prefix = TextIndex.orPrefix(null, "word ".repeat(200));
    assertTrue(prefix.length() <= 250, prefix);
    assertTrue(prefix.endsWith("word …"), prefix);
  }

  @Test
  void aSnippetTheHighlighterFoundIsKept() {
    assertEquals("<mark>x</mark>", TextIndex.orPrefix("<mark>x</mark>", "x"));
    assertNull(TextIndex.orPrefix(null, null));
  }

  @Test
  void everyHitOfAMixedPageHasItsOwnSnippet() {
    Article titleOnly = new Article("t", "t.txt", null, "Kremlin summit", null, null, null, null, null, "en",
        "Ministers met on Friday.", null, 0);
    Article inText = new Article("x", "x.txt", null, "Talks", null, null, null, null, null, "en",
        "The Kremlin said on Monday that talks would go on.", null, 0);
    try (TextIndex index = TextIndex.open(dir)) {
      index.add(List.of(titleOnly, inText));
      SearchPage page = index.search("kremlin", 0, 10, id -> true);
      assertEquals(2, page.hits().size());
      for (SearchPage.Hit hit : page.hits()) {
        String expected = hit.id().equals("t") ? "Ministers met on Friday." : "The <mark>Kremlin</mark> said";
        assertTrue(hit.snippet().startsWith(expected), hit.id() + ": " + hit.snippet());
      }
    }
  }

  @Test
  void aHitWithoutATitleIsHeadedByItsFirstSentenceAndATitledOneByItsDisplayTitle() {
    Article untitled = new Article("u", "u.txt", null, null, null, null, null, null, null, "en",
        "Rebels shelled Misrata on Sunday. U.S. officials said the attack broke the truce.", null, 0);
    Article capitals = new Article("c", "c.txt", null, "REBELS SHELL MISRATA", null, null, null, List.of(), null,
        "en", "The rebels shelled the port.", null, 0, false, "Rebels Shell Misrata");
    Article long1 = new Article("l", "l.txt", null, null, null, null, null, null, null, "en",
        "Rebels " + "shelled the port again and ".repeat(10) + "stopped.", null, 0);
    try (TextIndex index = TextIndex.open(dir)) {
      index.add(List.of(untitled, capitals, long1));
      java.util.Map<String, String> headings = new java.util.HashMap<>();
      for (SearchPage.Hit hit : index.search("rebels", 0, 10, id -> true).hits()) {
        headings.put(hit.id(), hit.heading());
      }
      assertEquals("Rebels shelled Misrata on Sunday.", headings.get("u"));
      assertEquals("Rebels Shell Misrata", headings.get("c"));
      assertTrue(headings.get("l").endsWith(" …") && headings.get("l").length() <= 102, headings.get("l"));
    }
  }

  @Test
  void retainOnlyDropsEntriesWhoseArticleIsNotStored() {
    Article a = new Article("keep", "a.txt", null, null, null, null, null, null, null, "en", "Sanctions a.", null, 0);
    Article b = new Article("drop", "b.txt", null, null, null, null, null, null, null, "en", "Sanctions b.", null, 0);
    try (TextIndex index = TextIndex.open(dir)) {
      index.add(List.of(a, b));
      index.retainOnly(java.util.Set.of("keep"));
      SearchPage page = index.search("sanctions", 0, 10, id -> true);
      assertEquals(1, page.total());
      assertEquals("keep", page.hits().get(0).id());
    }
  }

  @Test
  void theTotalIsExactBeyondAThousandHits() {
    try (TextIndex index = TextIndex.open(dir)) {
      index.add(java.util.stream.IntStream.range(0, 1500).mapToObj(i -> new Article("id" + i, i + ".txt", null, null,
          null, null, null, null, null, "en", "Sanctions story " + i + ".", null, 0)).toList());
      SearchPage page = index.search("sanctions", 0, 10, id -> true);
      assertEquals(1500, page.total());
      assertEquals(10, page.hits().size());
    }
  }
}
