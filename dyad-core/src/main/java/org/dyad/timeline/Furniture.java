package org.dyad.timeline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.util.Resources;

/**
 * Cuts page furniture (dateline, timestamp, byline) from the front of a sentence, so a lead sentence is
 * summarised by what it reports and its publication timestamp does not count as a mention of the day.
 * The patterns are data: {@code furniture.txt}.
 */
final class Furniture {
  private static final List<Pattern> PREFIXES =
      Resources.lines(Furniture.class, "furniture.txt").stream().map(Pattern::compile).toList();

  private Furniture() {}

  /** {@code sentence} without the furniture at its start; blank when it was furniture only. */
  static String strip(String sentence) {
    String out = sentence;
    for (Pattern p : PREFIXES) {
      Matcher m = p.matcher(out);
      if (m.find()) {
        out = out.substring(m.end());
      }
    }
    return out.strip();
  }
}
