package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.KbEntry.Kind;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Finds knowledge-base phrases in a sentence, longest match first, over hyphen-split lower-case words. */
final class PhraseMatcher {
  private final Kb kb;

  PhraseMatcher(Kb kb) {
    this.kb = kb;
  }

  private record Word(String lower, String original, int token) {}

  /** The phrases of a sentence; a bare surname names whom it names on {@code date} (null: unknown). */
  List<Primitive> match(Sentence s, LocalDate date) {
    List<Word> words = words(s);
    List<Primitive> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int n = longestAt(words, i, out, s, date);
      i += Math.max(n, 1);
    }
    return out;
  }

  private static List<Word> words(Sentence s) {
    List<Word> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String[] parts = t.word().split("-"); // a lone "-" token yields no word: "al - Assad" reads as "al assad"
      for (String p : parts) {
        if (!p.isEmpty()) {
          out.add(new Word(p.toLowerCase(), p, t.index()));
        }
      }
    }
    return out;
  }

  private int longestAt(List<Word> words, int i, List<Primitive> out, Sentence s, LocalDate date) {
    for (int n = Math.min(kb.longest(), words.size() - i); n >= 1; n--) {
      List<KbEntry> entries = inTerm(caseFiltered(kb.lookup(key(words, i, n)), words.get(i).original()), date);
      if (!entries.isEmpty()) {
        out.add(primitive(words, i, n, entries));
        return n;
      }
    }
    Word w = words.get(i);
    if (s.tokens().get(w.token()).ner().equals("PERSON") && upper(w.original())) {
      List<KbEntry> people = kb.surname(w.lower(), date);
      if (!people.isEmpty()) {
        out.add(primitive(words, i, 1, people));
      }
    }
    return 1;
  }

  /** Names need a capital letter ("US" is a state, "us" a pronoun); titles match in any case. */
  private static List<KbEntry> caseFiltered(List<KbEntry> entries, String first) {
    if (entries.isEmpty() || upper(first)) {
      return entries; // most lookups miss: no stream for them (a hot path, per the throughput profile)
    }
    return entries.stream().filter(e -> e.kind() == Kind.TITLE).toList();
  }

  /** Officeholders listed only for their terms name nobody outside them ("Ahmed Ali" of 1975 is not in 2015 news). */
  private static List<KbEntry> inTerm(List<KbEntry> entries, LocalDate date) {
    for (KbEntry e : entries) {
      if (!e.namesOn(date)) {
        return entries.stream().filter(x -> x.namesOn(date)).toList();
      }
    }
    return entries;
  }

  private static boolean upper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String key(List<Word> words, int i, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      b.append(k > i ? " " : "").append(words.get(k).lower());
    }
    return b.toString();
  }

  private static Primitive primitive(List<Word> words, int i, int n, List<KbEntry> entries) {
    StringBuilder text = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      text.append(k > i ? " " : "").append(words.get(k).original());
    }
    return new Primitive(words.get(i).token(), words.get(i + n - 1).token() + 1, entries, text.toString());
  }
}
