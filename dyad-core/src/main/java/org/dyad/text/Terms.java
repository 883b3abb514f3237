package org.dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as ROUGE compares it: lower-cased alphanumeric tokens, stop words dropped, Porter-stemmed.
 *
 * <p>As in ROUGE-1.5.5, every character other than a-z and 0-9 separates tokens and only tokens longer than
 * three characters are stemmed. The timeline builder analyses text the same way so its centrality scores and the
 * metric agree on what a word is.
 */
public final class Terms {
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
  private static final Set<String> STOP = StopWords.terms();
  private static final PorterStemmer STEMMER = new PorterStemmer();

  private Terms() {}

  /** The analysed terms of {@code text}, in order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      if (!STOP.contains(t)) {
        out.add(t.length() > 3 ? STEMMER.stem(t) : t);
      }
    }
    return out;
  }

  /** True when {@code word} (lower case) is a stop word. */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }
}
