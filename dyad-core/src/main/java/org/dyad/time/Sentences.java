package org.dyad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into sentence spans, well enough to find the verbs near an expression. */
final class Sentences {
  // a sentence ends at . ! ? (and closing quotes) before a capital, or at a blank line
  private static final Pattern END =
      Pattern.compile("(?<=[.!?][\"'`)]{0,3})\\s+(?=[\"'`(]*[A-Z0-9])|\\n\\s*\\n");
  // abbreviations that do not end a sentence: titles, months, single initials
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\b[A-Z]|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Inc|Co|Corp|Ltd|vs|U\\.S|U\\.N|a\\.m|p\\.m)\\.$");

  private Sentences() {}

  /** The [start, end) spans of the sentences of {@code text}, in order, covering it. */
  static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    Matcher m = END.matcher(text);
    while (m.find()) {
      if (m.group().contains("\n\n") || !isAbbreviation(text, m.start())) {
        spans.add(new int[] {start, m.start()});
        start = m.end();
      }
    }
    spans.add(new int[] {start, text.length()});
    return spans;
  }

  private static boolean isAbbreviation(String text, int end) {
    int from = Math.max(0, end - 6);
    return ABBREVIATION.matcher(text.substring(from, end)).find();
  }
}
