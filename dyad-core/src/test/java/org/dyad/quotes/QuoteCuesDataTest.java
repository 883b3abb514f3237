package org.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/** The rule files load and say what their headers promise. */
class QuoteCuesDataTest {
  private static final QuoteCues RULES = new QuoteCues();

  private static Token token(String word, String lemma, String pos) {
    return new Token(0, word, lemma, pos, "O", 0, word.length());
  }

  @Test
  void speechVerbsAreVerbsOrAccordingTo() {
    assertTrue(RULES.speech(token("said", "say", "VBD")));
    assertTrue(RULES.speech(token("according", "accord", "VBG")));
    assertFalse(RULES.speech(token("say", "say", "NN")), "a noun is no speech verb");
    assertFalse(RULES.speech(token("visited", "visit", "VBD")));
  }

  @Test
  void onlySayLikeVerbsTakeABareClause() {
    assertTrue(RULES.clause(token("said", "say", "VBD")) == QuoteCues.Clause.BARE);
    assertTrue(RULES.clause(token("added", "add", "VBD")) == QuoteCues.Clause.THAT);
    assertTrue(RULES.clause(token("according", "accord", "VBG")) == QuoteCues.Clause.NONE);
  }

  @Test
  void namingCuesMatchOneOrSeveralWordsBeforeTheMark() {
    List<Token> dubbed = List.of(token("summit", "summit", "NN"), token("dubbed", "dub", "VBN"), token("\"", "\"", "``"));
    assertTrue(RULES.naming(dubbed, 2));
    List<Token> knownAs = List.of(token("known", "know", "VBN"), token("as", "as", "IN"), token("\"", "\"", "``"));
    assertTrue(RULES.naming(knownAs, 2));
    List<Token> said = List.of(token("he", "he", "PRP"), token("said", "say", "VBD"), token("\"", "\"", "``"));
    assertFalse(RULES.naming(said, 2));
  }

  @Test
  void titleCaseWordsAreANameNotSpeech() {
    assertTrue(ArticleQuotes.titleCase("The Grand Chessboard"));
    assertFalse(ArticleQuotes.titleCase("We Will respond"));
    assertFalse(ArticleQuotes.titleCase("Stop."));
  }
}
