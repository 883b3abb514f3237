package org.dyad.app.serve;

import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.dyad.model.PloverType;
import org.dyad.model.Quote;
import org.dyad.store.Ingested;
import org.dyad.store.Store;

/** A small real store for the server tests: four articles we wrote, one with a script tag in its text, events and a quote. */
final class Fixtures {
  static final String SCRIPT_ID = "a-script";
  static final String SCRIPT_TEXT = "Analysts warned that <script>alert(1)</script> pages are a risk.\n\n"
      + "The embassy in Geneva published the note on Monday.";
  static final String MUNICH_ID = "a-munich";
  static final String MUNICH_TEXT = "Lavrov met Biden at the Munich Security Conference on Saturday.\n\n"
      + "Both sides called the talks useful.\n\n\"The talks were <b>useful</b>,\" Lavrov said.";

  private Fixtures() {}

  /** Writes the articles and events into a new store under {@code dir} and closes it. */
  static Path store(Path dir) {
    Path storeDir = dir.resolve("store");
    try (Store store = Store.open(storeDir)) {
      store.add(List.of(
          new Ingested(article(MUNICH_ID, "Lavrov and Biden meet in Munich", "2013-02-03", MUNICH_TEXT), "h1",
              List.of(munichMeeting()), null, List.of(munichQuote())),
          new Ingested(article(SCRIPT_ID, "A <script>alert(1)</script> headline", "2013-03-01", SCRIPT_TEXT), "h2"),
          new Ingested(article("a-sanctions", "US widens sanctions on Russia", "2014-03-21",
              "Washington widened sanctions on Russian officials over Crimea."), "h3", List.of(sanctions())),
          new Ingested(article("a-undated", "Undated wire note", null,
              "Moscow rejected the accusations in a brief statement."), "h4")));
    }
    return storeDir;
  }

  private static Article article(String id, String title, String published, String text) {
    return new Article(id, id + ".txt", null, title, published, published == null ? null : "text",
        "Test Wire", List.of(), null, "en", text, "article", 0.9);
  }

  private static Event munichMeeting() {
    return Event.builder().id("e-munich").articleId(MUNICH_ID).outlet("Test Wire").published("2013-02-03")
        .sentence("Lavrov met Biden at the Munich Security Conference on Saturday.").sentenceIndex(0).span(0, 63)
        .source(new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"))
        .target(new EventActor("Biden", "Joseph Biden", "USA", "GOV")).plover(PloverType.CONSULT).cameo("040")
        .intensity(1.0).status(EventStatus.OCCURRED).date("2013-02-02").datePrecision(DatePrecision.DAY)
        .dateText("on Saturday").location(new Location("Munich", "DEU")).confidence(0.86).build();
  }

  private static Quote munichQuote() {
    int start = MUNICH_TEXT.indexOf("The talks");
    int speaker = MUNICH_TEXT.lastIndexOf("Lavrov");
    return new Quote("q-munich", MUNICH_ID, "The talks were <b>useful</b>", "direct", List.of(start, start + 28), 2,
        new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"), "said", List.of(speaker, speaker + 6));
  }

  private static Event sanctions() {
    return Event.builder().id("e-sanctions").articleId("a-sanctions").outlet("Test Wire").published("2014-03-21")
        .sentence("Washington widened sanctions on Russian officials over Crimea.").sentenceIndex(0).span(0, 62)
        .source(new EventActor("Washington", "United States", "USA", "GOV"))
        .target(new EventActor("Russian officials", null, "RUS", "GOV")).plover(PloverType.SANCTION).cameo("163")
        .intensity(-8.0).status(EventStatus.OCCURRED).date("2014-03").datePrecision(DatePrecision.MONTH)
        .confidence(0.8).build();
  }
}
