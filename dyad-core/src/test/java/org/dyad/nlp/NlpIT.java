package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lean pipeline: NER runs only where a sentence may name someone, and names are still found there. */
class NlpIT {

  private static String nerOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().ner();
  }

  @Test
  void aNameTheTaggerMistakesForACommonNounIsStillAPerson() {
    // the tagger reads "May" as a modal and "Obama" as NN here: the capital keeps the sentence for NER
    Sentence s = Nlp.shared().annotate("May 14 - Obama slams companies involved in the spill.").get(0);
    assertEquals("PERSON", nerOf(s, "Obama"));
  }

  @Test
  void aSentenceWithoutCapitalsAfterItsFirstWordGetsNoEntities() {
    List<Sentence> ss = Nlp.shared().annotate("Sergei Lavrov met John Kerry on Monday. The talks ended without a deal.");
    assertEquals("PERSON", nerOf(ss.get(0), "Lavrov"));
    // the skipped sentence gets "O" on every token, not the null an unannotated label would carry
    assertTrue(ss.get(1).tokens().stream().allMatch(t -> "O".equals(t.ner())), ss.get(1).tokens().toString());
  }

  @Test
  void aWordWireTextCapitalisedAfterAnInitialismIsReadInLowerCase() {
    List<Sentence> ss = Nlp.shared().annotate(
        "Japan broke its pledge, senior U.S. Officials said. The officials met the U.S. Trade Representative.");
    Token officials = ss.get(0).tokens().stream().filter(t -> t.word().equalsIgnoreCase("officials")).findFirst()
        .orElseThrow();
    assertEquals("officials", officials.word());
    assertEquals("NNS", officials.pos());
    // a name whose next word is capitalised too stays as written, and so does a word the text never writes lower
    assertTrue(ss.get(1).tokens().stream().anyMatch(t -> t.word().equals("Trade")), ss.get(1).tokens().toString());
    Sentence other = Nlp.shared().annotate("The bill went to the U.S. Congress on Monday.").get(0);
    assertTrue(other.tokens().stream().anyMatch(t -> t.word().equals("Congress")), other.tokens().toString());
    // before another capitalised word, a word the text writes in lower case and never capitalises inside a sentence
    // is the fault's; one it capitalises elsewhere ("Trade Representative Yeutter") is a name
    List<Sentence> wire = Nlp.shared().annotate("Officials said talks failed. The U.S. Said Iranians fired on a ship. "
        + "Then Trade Representative Clayton Yeutter spoke on trade. The U.S. Trade Representative left.");
    assertTrue(wire.get(1).tokens().stream().anyMatch(t -> t.word().equals("said")), wire.get(1).tokens().toString());
    assertTrue(wire.get(3).tokens().stream().anyMatch(t -> t.word().equals("Trade")), wire.get(3).tokens().toString());
  }

  @Test
  void anInflectedWordCapitalisedAfterAnInitialismIsLoweredWhenAnotherFormOfItIsWritten() {
    Sentence s = Nlp.shared().annotate("In talks, the U.S. Criticised Japan's fiscal policy. The criticism grew.").get(0);
    assertTrue(s.tokens().stream().anyMatch(t -> t.word().equals("criticised") && t.pos().startsWith("VB")),
        s.tokens().toString());
    // a stem shorter than five letters proves nothing ("the U.N. Reading room" beside "read")
    Sentence name = Nlp.shared().annotate("He read it at the U.N. Reading Room.").get(0);
    assertTrue(name.tokens().stream().anyMatch(t -> t.word().equals("Reading")), name.tokens().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A Ugandan mission led by minister of state in the presidency Balaki Kirya will visit Kenya tomorrow.|mission|visit",
      "A delegation led by Foreign Minister Ali Velayati arrived in Damascus on Monday.|delegation|arrived",
      "A Soviet team headed by deputy minister Yuli Vorontsov will hold talks in Kabul.|team|hold",
      "A mission led by the prime minister visited Kenya.|mission|visited",
      "A Ugandan mission led by minister of state Balaki Kirya will visit Kenya tomorrow, diplomatic sources said.|mission|visit",
      "A Ugandan mission led by minister of state Balaki Kirya will visit Kenya tomorrow, diplomatic sources said.|mission|visit",
      // a real passive keeps its parse: the participle is the verb
      "The mission was led by the prime minister.|mission|led"})
  void aNounWithAReducedRelativeIsTheSubjectOfTheVerbAfterIt(String text, String noun, String verb) {
    Sentence s = Nlp.shared().parse(Nlp.shared().annotate(text).get(0));
    int n = index(s, noun);
    int v = index(s, verb);
    assertTrue(s.deps().stream().anyMatch(d -> d.head() == v && d.dep() == n && d.rel().startsWith("nsubj")),
        s.deps().toString());
    // the verb is not left under the participle
    int p = s.tokens().stream().filter(t -> t.pos().equals("VBN")).findFirst().orElseThrow().index();
    assertTrue(s.deps().stream().noneMatch(d -> d.head() == p && d.dep() == v), s.deps().toString());
  }

  private static int index(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
  }

  @Test
  void anInfinitiveTheTaggerReadAsPrepositionAndNounIsAVerb() {
    Sentence s = Nlp.shared().annotate("Washington announced plans last week to slap up to 300 mln dlrs in tariffs on "
        + "Japanese electronic goods.").get(0);
    Token slap = s.tokens().stream().filter(t -> t.word().equals("slap")).findFirst().orElseThrow();
    assertEquals("VB", slap.pos());
    // a noun after "to" before a noun phrase stays a noun
    Sentence war = Nlp.shared().annotate("The country went to war the next day.").get(0);
    assertEquals("NN", war.tokens().stream().filter(t -> t.word().equals("war")).findFirst().orElseThrow().pos());
  }

  @Test
  void aSubjectlessInfinitiveParsedAsAClausalComplementIsAnOpenClause() {
    // our own sentence; the parser hangs "to visit" under "due" as ccomp
    Sentence s = Nlp.shared().parse(Nlp.shared().annotate(
        "The UN envoy to Syria, Kofi Annan, is also due to visit Syria in the coming days.").get(0));
    int due = index(s, "due");
    int visit = index(s, "visit");
    assertTrue(s.deps().stream().anyMatch(d -> d.head() == due && d.dep() == visit && d.rel().equals("xcomp")),
        s.deps().toString());
    // a clause with a subject of its own stays a clausal complement
    Sentence said = Nlp.shared().parse(Nlp.shared().annotate("Officials said they want to visit Syria.").get(0));
    int want = index(said, "want");
    assertTrue(said.deps().stream().anyMatch(d -> d.dep() == want && d.rel().equals("ccomp")), said.deps().toString());
  }
}
