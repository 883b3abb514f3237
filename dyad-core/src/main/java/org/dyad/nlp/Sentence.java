package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotated sentence; {@code deps} is empty until the sentence is parsed.
 *
 * @param index position in the text, from 0
 * @param begin character offset of the sentence in the text
 * @param end character offset after the sentence
 * @param text the sentence text
 * @param tokens its tokens
 * @param deps its dependency relations (empty when not parsed)
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dep> deps) {
  public Sentence {
    tokens = List.copyOf(tokens);
    deps = List.copyOf(deps);
  }

  /** The dependents of token {@code i}. */
  public List<Dep> children(int i) {
    List<Dep> out = new ArrayList<>();
    for (Dep d : deps) {
      if (d.head() == i) {
        out.add(d);
      }
    }
    return out;
  }

  /** The relation that attaches token {@code i} to its governor, if parsed. */
  public Optional<Dep> governor(int i) {
    return deps.stream().filter(d -> d.dep() == i).findFirst();
  }

  /**
   * For each token, whether it lies inside a quotation opened in this sentence (between a `` and a '' mark, the
   * marks themselves excluded).
   */
  public boolean[] quoted() {
    boolean[] out = new boolean[tokens.size()];
    boolean in = false;
    for (Token t : tokens) {
      if (t.pos().equals("``")) {
        in = true;
      } else if (t.pos().equals("''")) {
        in = false;
      } else {
        out[t.index()] = in;
      }
    }
    return out;
  }

  /** True when the sentence has been parsed. */
  public boolean parsed() {
    return !deps.isEmpty();
  }
}
