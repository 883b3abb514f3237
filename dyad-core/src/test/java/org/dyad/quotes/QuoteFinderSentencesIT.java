package org.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.events.EventCoder;
import org.dyad.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table of {@code quotes.tsv}: every quote layout the stage handles, speakers from earlier sentences,
 * reported speech, and what is not a quote. Runs on the JVM's shared CoreNLP pipeline, as the events stage does.
 */
class QuoteFinderSentencesIT {
  private static final EventCoder CODER = new EventCoder();
  private static final QuoteFinder FINDER = new QuoteFinder();

  record Case(String text, String published, String kind, String speaker, String words, String contains) {
    @Override
    public String toString() {
      return kind + " " + speaker + " '" + words + "' ← " + text.replace("\n", "⏎");
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        QuoteFinderSentencesIT.class.getResourceAsStream("quotes.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          out.add(new Case(c[0].replace("\\n", "\n"), c[1], c[2], c[3], c[4], c.length > 5 ? c[5] : null));
        }
      }
    }
    return out;
  }

  /** The quotes of a text as the pipeline finds them: the events stage's annotation, then this stage. */
  static List<Quote> quotes(String text, String published) {
    return FINDER.find("test", text, CODER.codeWithSentences("test", null, published, text).sentences());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsTheQuoteAsWritten(Case c) {
    List<Quote> found = quotes(c.text(), c.published());
    String got = found.stream().map(QuoteFinderSentencesIT::show).collect(Collectors.joining("\n  "));
    switch (c.kind()) {
      case "none" -> assertTrue(found.stream().noneMatch(q -> c.words().equals("*") || q.text().startsWith(c.words())),
          "expected no quote, got\n  " + got);
      case "no-reported" -> assertTrue(found.stream().noneMatch(q -> q.kind().equals("reported")),
          "expected no reported quote, got\n  " + got);
      default -> assertTrue(found.stream().anyMatch(q -> matches(c, q)), "expected " + c + "\ngot\n  " + got);
    }
    found.forEach(q -> assertTrue(spanHolds(c.text(), q), "span and speaker span must point into the text: " + show(q)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "October 13 - NTC forces said they had taken the city.                  | NTC forces",
      "September 27 - NATO said its planes had struck targets near Sirte.     | NATO",
      "Sept. 27 -- NATO said its planes had struck targets near Sirte.        | NATO"})
  void aDatelinesDateBeforeADashIsNoPartOfTheSpeaker(String text, String speaker) {
    List<Quote> found = quotes(text, "2011-10-14");
    assertTrue(found.stream().anyMatch(q -> q.speaker() != null && q.speaker().text().equals(speaker)),
        found.stream().map(QuoteFinderSentencesIT::show).collect(Collectors.joining("\n  ")));
  }

  @Test
  void officialsAndAMinistryAreNoNamedPersonAndAGivenNameIsNotMatchedAway() {
    String text = "Russian Foreign Minister Sergei Lavrov met John Kerry in Moscow on Monday.\n\n"
        + "\"The talks were useful,\" officials said.\n\n"
        + "Senate Majority Leader Harry Reid said the bill would pass next week.\n\n"
        + "\"This is interference in our affairs,\" the ministry said in a statement.";
    List<Quote> found = quotes(text, "2013-02-05");
    String got = found.stream().map(QuoteFinderSentencesIT::show).collect(Collectors.joining("\n  "));
    for (Quote q : found) {
      String words = q.speaker() == null ? "" : q.speaker().text();
      String name = q.speaker() == null ? null : q.speaker().name();
      if (words.equals("officials") || words.equals("the ministry")) {
        assertTrue(name == null, "'" + words + "' is no named person: " + got);
      }
      if (words.contains("Harry Reid")) {
        assertTrue(name == null || name.equals("Harry Reid"), "Harry Reid is not " + name + ": " + got);
      }
    }
    assertTrue(found.stream().anyMatch(q -> q.speaker() != null && q.speaker().text().contains("Harry Reid")), got);
    assertTrue(found.stream().anyMatch(q -> q.speaker() != null && q.speaker().text().equals("officials")), got);
  }

  private static boolean matches(Case c, Quote q) {
    boolean exact = "=".equals(c.contains());
    boolean words = exact ? q.text().equals(c.words())
        : q.text().startsWith(c.words()) && (c.contains() == null || q.text().contains(c.contains()));
    return q.kind().equals(c.kind()) && words && speakerMatches(c.speaker(), q);
  }

  private static boolean speakerMatches(String expected, Quote q) {
    if (expected.equals("*")) {
      return true;
    }
    if (expected.equals("-")) {
      return q.speaker() == null;
    }
    return q.speaker() != null && (expected.equals(q.speaker().name()) || expected.equals(q.speaker().text()));
  }

  /** A quote's span starts at its words; a speaker span holds the speaker's words. */
  private static boolean spanHolds(String text, Quote q) {
    String at = text.substring(q.span().get(0), q.span().get(1));
    boolean speaker = q.speakerSpan() == null
        || text.substring(q.speakerSpan().get(0), q.speakerSpan().get(1)).equals(q.speaker().text())
        || q.verb() == null; // a speaker carried over from an earlier sentence keeps that sentence's span
    return at.startsWith(q.text().split("\n")[0]) && speaker;
  }

  static String show(Quote q) {
    String who = q.speaker() == null ? "-" : q.speaker().text() + "=" + q.speaker().name();
    return q.kind() + " [" + who + "] " + q.verb() + " :: " + q.text().replace("\n", "⏎");
  }
}
