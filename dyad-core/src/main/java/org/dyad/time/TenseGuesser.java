package org.dyad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
  // longer than any sentence, so a cue in a later clause loses to every cue before the expression
  private static final int LATER_CLAUSE = 1_000_000;

  private static final Set<String> PARTICIPLE_AFTER = Set.of("be", "being", "to", "is", "are", "am");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this", "still");

  private final Map<String, Tense> cues = new HashMap<>();

  TenseGuesser() {
    for (String[] row : RuleFiles.rows("tense.tsv", 2)) {
      cues.put(row[0], Tense.valueOf(row[1]));
    }
  }

  /** The tense of the cue nearest to characters [{@code from}, {@code to}) of {@code sentence}. */
  Tense guess(String sentence, int from, int to) {
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue cue : cues(sentence)) {
      int distance = distance(sentence, cue.start(), cue.end(), from, to);
      if (distance < bestDistance) {
        best = cue.tense();
        bestDistance = distance;
      }
    }
    return best;
  }

  private record Cue(int start, int end, Tense tense) {}

  // a two-word cue stands in for the cue of its first word: "were planning" is future, not "were"
  private List<Cue> cues(String sentence) {
    List<Cue> found = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    String previous = "";
    int previousStart = 0;
    boolean previousCued = false;
    PastPlan plan = new PastPlan();
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      plan.next(sentence, m.start(), previous, word);
      Tense pair = cues.get(previous + " " + word);
      if (pair != null && previousCued) {
        found.remove(found.size() - 1);
      }
      int start = pair != null ? previousStart : m.start();
      Tense tense = plan.tense(start, pair != null ? pair : cue(previous, word));
      if (tense != Tense.NONE) {
        found.add(new Cue(start, m.end(), tense));
      }
      previous = word;
      previousStart = m.start();
      previousCued = tense != Tense.NONE;
    }
    return found;
  }

  // A plan in the past perfect ("had been due to expire Friday evening", "had been scheduled to expire at
  // midnight Friday") was made for a time that has passed: a future cue right after "had been", and every
  // future cue after it in the same clause, count as past; a comma, a conjunction or a modal ends the clause.
  private static final class PastPlan {
    // a conjunction or a modal starts a clause of its own, comma or not ("had been scheduled for Friday but will
    // now be held Monday")
    private static final Set<String> ENDS_PLAN = Set.of("but", "and", "or", "yet", "now", "will", "would", "shall",
        "'ll", "can", "could", "may", "might", "must");
    private int lastEnd;
    private boolean afterHadBeen;
    // where the word right after the last "had been" starts, or -1
    private int planStart = -1;
    private boolean active;

    void next(String sentence, int wordStart, String previous, String word) {
      String gap = sentence.substring(lastEnd, wordStart);
      if (gap.contains(",") || gap.contains(";") || ENDS_PLAN.contains(word)) {
        active = false;
      }
      if (afterHadBeen) {
        planStart = wordStart;
      }
      afterHadBeen = previous.equals("had") && word.equals("been");
      lastEnd = wordStart + word.length();
    }

    Tense tense(int cueStart, Tense tense) {
      if (tense == Tense.FUTURE && (active || cueStart == planStart)) {
        active = true;
        return Tense.PAST;
      }
      return tense;
    }
  }

  // words inside the expression do not count ("last" in "last Friday"); a cue after a comma or semicolon is in a
  // later clause and counts only when nothing before the expression does ("began shelling on 3 February, in what
  // was to become a month-long bombardment" is past)
  private static int distance(String sentence, int start, int end, int from, int to) {
    if (end <= from) {
      return from - end;
    }
    if (start < to) {
      return Integer.MAX_VALUE;
    }
    String between = sentence.substring(to, start);
    boolean laterClause = between.contains(",") || between.contains(";");
    return (start - to + 1) * AFTER_WEIGHT + (laterClause ? LATER_CLAUSE : 0);
  }

  private Tense cue(String previous, String word) {
    Tense single = cues.get(word);
    // "will be paid", "is heard", "to be completed": a participle after these carries no tense of its own;
    // nor does one after a determiner, where it is an adjective ("a still unspecified date")
    boolean participle = PARTICIPLE_AFTER.contains(previous) || DETERMINERS.contains(previous);
    if (single == Tense.PAST || single == null) {
      boolean past = single == Tense.PAST || REGULAR_PAST.matcher(word).matches();
      return past && !participle ? Tense.PAST : Tense.NONE;
    }
    return single;
  }
}
