package org.dyad.quotes;

import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.model.Quote;

/**
 * The quotes stage: direct speech (words in quote marks) and reported speech ("X said that …") with the speaker,
 * read from the tokens, parts of speech, named entities and actor mentions the earlier stages computed. It never
 * asks for a dependency parse; where the events stage parsed a sentence anyway, it uses the parsed subject.
 * Thread-safe: the rules are read once and each article gets its own reader.
 */
public final class QuoteFinder {
  /** What this stage needs from the stages before it. */
  public static final Set<String> REQUIRES = Set.of("tokens", "pos", "ner", "mentions");
  private final QuoteCues rules = new QuoteCues();
  private final Reported reported = new Reported(rules);

  /** The quotes of article {@code articleId} with text {@code text}, from its annotated sentences, in text order. */
  public List<Quote> find(String articleId, String text, List<ActorSentence> sentences) {
    return new ArticleQuotes(rules, reported, articleId, text, sentences).read();
  }
}
