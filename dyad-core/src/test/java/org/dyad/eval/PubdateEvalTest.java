package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubdateEvalTest {

  @Test
  void scoresRightWrongMissingAndUndatedPages(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    page(dir, "right.html", "<meta property='article:published_time' content='2016-03-25T08:30:00+01:00'>");
    page(dir, "wrong.html", "<meta property='article:published_time' content='2016-03-24'>");
    page(dir, "missing.html", "<p>Boats returned on Friday.</p>");
    page(dir, "undated.html", "<p>No date here either.</p>");
    // the URL dates a page the way a crawler knows it
    page(dir, "byurl.html", "<p>Boats returned.</p>");
    Files.writeString(dir.resolve("truth.json"), """
        {"right.html": {"url": "https://a.example/x", "date": "2016-03-25"},
         "wrong.html": {"url": "https://a.example/y", "date": "2016-03-25"},
         "missing.html": {"url": "https://a.example/z", "date": "2016-03-25"},
         "undated.html": {"url": "https://a.example/w", "date": NaN},
         "byurl.html": {"url": "https://a.example/2016/03/25/harbour", "date": "2016-03-25"}}
        """);
    PubdateEval.Result r = PubdateEval.run(dir);
    assertEquals(List.of("right.html", "wrong.html", "missing.html", "undated.html", "byurl.html"),
        r.pages().stream().map(PubdateEval.Page::file).toList());
    assertEquals(3, r.right(), r.table());           // right, byurl, and undated left undated
    assertEquals(3, r.returned());
    assertEquals(0.6, r.accuracy(), 1e-9);
    assertEquals(2 / 3.0, r.precision(), 1e-9);
    assertEquals(0.6, r.returnedShare(), 1e-9);
    assertEquals(0.5, r.datedOnly().accuracy(), 1e-9);
    assertTrue(r.table().contains("wrong.html  2016-03-24  2016-03-25  meta"), r.table());
  }

  @Test
  void givesADateToAPageWithoutOneAsWrong() {
    PubdateEval.Page p = new PubdateEval.Page("p", null, null, "2016-03-25", "text");
    assertTrue(p.wrong());
    assertEquals(0.0, new PubdateEval.Result(List.of(p)).precision(), 1e-9);
  }

  private static void page(Path dir, String name, String head) throws IOException {
    Files.writeString(dir.resolve("html").resolve(name), "<html><head>" + head + "</head><body></body></html>");
  }
}
