package org.dyad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The contexts of not-dates.tsv in which a match is not a temporal expression ("Theresa May"). */
final class Vetoes {
  private static final int WINDOW = 40;

  private record Veto(String group, String value, boolean left, Pattern context) {}

  private final List<Veto> vetoes = new ArrayList<>();
  private final CalendarWords lexicon;

  Vetoes(CalendarWords lexicon) {
    this.lexicon = lexicon;
    for (String[] row : RuleFiles.rows("not-dates.tsv", 4)) {
      String regex = row[3].replace(" ", "\\s+");
      vetoes.add(new Veto(row[0], row[1], row[2].equals("left"), Pattern.compile(regex)));
    }
  }

  /** Whether {@code match} in {@code text} sits in a context that makes it something else. */
  boolean rejects(Match match, String text) {
    for (Veto veto : vetoes) {
      if (applies(veto, match) && hits(veto, match, text)) {
        return true;
      }
    }
    return false;
  }

  private boolean applies(Veto veto, Match match) {
    String word = match.group(veto.group());
    // only a bare word is doubtful: "May 5" is a date whatever follows
    if (word == null || word.length() != match.end() - match.start()) {
      return false;
    }
    String value = lexicon.has(veto.group()) ? lexicon.value(veto.group(), word) : word;
    return veto.value().equals("*") || veto.value().equals(value);
  }

  private static boolean hits(Veto veto, Match match, String text) {
    String side = veto.left()
        ? text.substring(Math.max(0, match.start() - WINDOW), match.start())
        : text.substring(match.end(), Math.min(text.length(), match.end() + WINDOW));
    return veto.context().matcher(side).find();
  }
}
