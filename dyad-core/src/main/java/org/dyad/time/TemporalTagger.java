package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.util.Validate;

/**
 * Finds temporal expressions in English text and resolves them against the document creation time.
 *
 * <p>Thread-safe: the rules are loaded once and never change; a call keeps its state on the stack.
 */
public final class TemporalTagger {
  private static final CalendarWords LEXICON = CalendarWords.load();
  private static final Finder FINDER = new Finder(LEXICON);
  private static final Resolver RESOLVER = new Resolver(LEXICON);
  private static final TenseGuesser TENSES = new TenseGuesser();

  /** The expressions of {@code text}, in order; {@code dct} may be null (then relative ones stay unresolved). */
  public List<Timex> tag(String text, LocalDate dct) {
    return explain(text, dct).stream().map(Resolved::timex).toList();
  }

  /** Like {@link #tag}, with the tense, rule and anchor behind each value. */
  public List<Resolved> explain(String text, LocalDate dct) {
    Validate.notNull(text, "text");
    List<int[]> sentences = Sentences.spans(text);
    List<Resolved> out = new ArrayList<>();
    Point anchor = null;
    for (Match match : FINDER.find(text)) {
      int[] s = sentenceOf(sentences, match.start());
      Tense tense = TENSES.guess(text.substring(s[0], s[1]), match.start() - s[0], match.end() - s[0]);
      Context context = new Context(dct, tense, anchor);
      String value = RESOLVER.resolve(match, text, context);
      if (value != null) {
        Resolved resolved = resolved(match, text, value, tense, anchor);
        out.add(resolved);
        anchor = Anchors.next(resolved.timex(), match, text, anchor, dct);
      }
    }
    return out;
  }

  /** The first expression of one sentence resolved against {@code dct}, for dating an event; null if none. */
  public Resolved resolveFirst(String sentence, LocalDate dct) {
    List<Resolved> all = explain(sentence, dct);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The tense the verbs around characters [{@code start}, {@code end}) of {@code sentence} suggest. */
  public Tense tense(String sentence, int start, int end) {
    return TENSES.guess(sentence, start, end);
  }

  private static Resolved resolved(Match match, String text, String value, Tense tense, Point anchor) {
    String type = value.contains("T") && match.rule().type().equals("DATE") && !value.endsWith("REF")
        ? "TIME" : match.rule().type();
    Timex timex = new Timex(match.start(), match.end(), text.substring(match.start(), match.end()), type, value);
    return new Resolved(timex, tense, match.rule().id(), anchor == null ? null : anchor.value());
  }

  private static int[] sentenceOf(List<int[]> sentences, int offset) {
    for (int[] s : sentences) {
      if (offset < s[1]) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }
}
