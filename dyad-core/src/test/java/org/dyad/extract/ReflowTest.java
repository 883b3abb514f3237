package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReflowTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = ReflowTest.class.getResourceAsStream("/org/dyad/extract/reflow/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> paragraphs(String text) {
    Reflow.Result r = Reflow.apply(text);
    assertTrue(r.reflowed(), "expected the text to be detected as hard-wrapped");
    return List.of(r.text().split("\n"));
  }

  @Test
  void joinsWireLinesIntoParagraphsThatStartAtAnIndentedLine() throws IOException {
    List<String> p = paragraphs(fixture("wire.txt"));
    assertEquals(4, p.size(), String.join("\n", p));
    assertTrue(p.get(0).startsWith("LISBON, May 4 - Portugal's foreign minister said on Monday his government"));
    assertTrue(p.get(0).endsWith("delay the talks on the new accord."));
    assertEquals("\"We will not sign anything that ruins our ports,\" he said.", p.get(2));
    assertEquals("Reuter", p.get(3));
  }

  @Test
  void keepsListItemsAndShortClosingLinesOfMailApart() throws IOException {
    List<String> p = paragraphs(fixture("mail.txt"));
    assertEquals("Hello all,", p.get(0));
    assertTrue(p.get(1).startsWith("The committee met on Tuesday and agreed to postpone the vote on the new budget"));
    assertEquals("We also discussed the following items:", p.get(2));
    assertEquals("- the travel rules for delegates", p.get(3));
    assertEquals("- the date of the next plenary session of the assembly", p.get(5));
    assertTrue(p.get(6).endsWith("circulate a summary to every delegation."));
    assertEquals("Thanks.", p.get(7));
  }

  @Test
  void leavesVerseWhoseLinesStartInCapitalsAlone() throws IOException {
    String verse = fixture("verse.txt");
    Reflow.Result r = Reflow.apply(verse);
    assertFalse(r.reflowed());
    assertEquals(verse, r.text());
  }

  @Test
  void keepsTheHeadlineAndTableRowsOnTheirOwnLines() throws IOException {
    List<String> p = paragraphs(fixture("table.txt"));
    assertEquals("JAPAN TRADE SURPLUS BY PARTNER", p.get(0));
    assertTrue(p.get(1).startsWith("TOKYO, April 2 - Japan's trade surplus") && p.get(1).endsWith("European Community."));
    assertEquals("Partner            1986      1985", p.get(2));
    assertEquals("European Community 16.7      11.1", p.get(4));
    assertTrue(p.get(5).startsWith("The ministry gave no forecast"));
  }

  @Test
  void leavesTextWithOneParagraphALineAlone() {
    String dump = "Russia and the United States agreed on Monday to resume talks on arms control after a pause of "
        + "two years, officials in both capitals said.\nThe talks will open in Geneva next month.\n"
        + "Neither side gave details of the agenda, which diplomats said was still being negotiated by the two "
        + "delegations.\nA spokesman declined to comment.\nThe last round ended in 2019.\n";
    Reflow.Result r = Reflow.apply(dump);
    assertFalse(r.reflowed());
    assertEquals(dump, r.text());
  }

  @Test
  void joinsAWordBrokenAtAHyphenWithoutASpace() {
    String text = "The ministers of the two states met for talks on the long-\n"
        + "running dispute over fishing rights in the northern waters\n"
        + "and agreed to meet again in the autumn of the year, when the\n"
        + "scientists will have counted the stocks of cod and herring\n"
        + "in the disputed zone off the coast of the two countries.\n";
    String joined = Reflow.apply(text).text();
    assertTrue(joined.contains("long-running dispute over fishing rights in the northern waters"), joined);
  }
}
