package org.dyad.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses the tense around an expression from cue words of tense.tsv: the cue nearest to it wins. */
final class TenseGuesser {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
  // regular past forms; shorter words ending in -ed ("red", "bed") are not verbs
  private static final Pattern REGULAR_PAST = Pattern.compile("[a-z]{2,}[^e]ed|[a-z]{3,}ied");

  // the verb before an expression governs it more often than one after ("said Friday" vs "Friday, when")
  private static final int AFTER_WEIGHT = 3;

  private static final Set<String> PARTICIPLE_AFTER = Set.of("be", "being", "to", "is", "are", "am");

  private final Map<String, Tense> cues = new HashMap<>();

  TenseGuesser() {
    for (String[] row : Resources.rows("tense.tsv", 2)) {
      cues.put(row[0], Tense.valueOf(row[1]));
    }
  }

  /** The tense of the cue nearest to characters [{@code from}, {@code to}) of {@code sentence}. */
  Tense guess(String sentence, int from, int to) {
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(sentence);
    String previous = "";
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      Tense tense = cue(previous, word);
      previous = word;
      int distance = distance(m.start(), m.end(), from, to);
      if (tense != Tense.NONE && distance < bestDistance) {
        best = tense;
        bestDistance = distance;
      }
    }
    return best;
  }

  // words inside the expression do not count ("last" in "last Friday")
  private static int distance(int start, int end, int from, int to) {
    if (end <= from) {
      return from - end;
    }
    return start >= to ? (start - to + 1) * AFTER_WEIGHT : Integer.MAX_VALUE;
  }

  private Tense cue(String previous, String word) {
    Tense pair = cues.get(previous + " " + word);
    if (pair != null) {
      return pair;
    }
    Tense single = cues.get(word);
    // "will be paid", "is heard", "to be completed": a participle after these carries no tense of its own
    boolean participle = PARTICIPLE_AFTER.contains(previous);
    if (single == Tense.PAST || single == null) {
      boolean past = single == Tense.PAST || REGULAR_PAST.matcher(word).matches();
      return past && !participle ? Tense.PAST : Tense.NONE;
    }
    return single;
  }
}
