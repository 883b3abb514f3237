package org.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {
  private final PorterStemmer stemmer = new PorterStemmer();

  // the examples Porter (1980) gives for each step
  @ParameterizedTest
  @CsvSource({
      "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
      "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
      "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall",
      "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file", "happy, happi", "sky, sky",
      "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
      "conformabli, conform", "radicalli, radic", "differentli, differ", "vileli, vile", "analogousli, analog",
      "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
      "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
      "sensitiviti, sensit", "sensibiliti, sensibl", "triplicate, triplic", "formative, form",
      "formalize, formal", "electriciti, electr", "electrical, electr", "hopeful, hope", "goodness, good",
      "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
      "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
      "adjustment, adjust", "dependent, depend", "adoption, adopt", "homologou, homolog", "communism, commun",
      "activate, activ", "angulariti, angular", "homologous, homolog", "effective, effect",
      "bowdlerize, bowdler", "probate, probat", "rate, rate", "cease, ceas", "controll, control", "roll, roll",
      "generalizations, gener", "oscillators, oscil", "explosion, explos", "spilled, spill"})
  void stemsPortersExamples(String word, String stem) {
    assertEquals(stem, stemmer.stem(word));
  }

  @ParameterizedTest
  @CsvSource({"tr, 0", "ee, 0", "tree, 0", "y, 0", "by, 0", "trouble, 1", "oats, 1", "trees, 1", "ivy, 1",
      "troubles, 2", "private, 2", "oaten, 2", "orrery, 2"})
  void measuresVowelConsonantSequences(String word, int m) {
    assertEquals(m, PorterStemmer.measure(word));
  }
}
