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
      List<KbEntry> entries = ofLivingStates(inTerm(caseFiltered(kb.lookup(key(words, i, n)), words.get(i).original()),
          date), date);
      if (Kb.citiesOnly(entries) && !readAsPlace(s, words.get(i).token())) {
        continue;
      }
      if (!entries.isEmpty() && (timeZone(s, words.get(i).token(), entries) || idiom(words, i, n))) {
        continue;
      }
      if (!entries.isEmpty() && prefixed(words, i, "anti") && entries.stream().allMatch(KbEntry::countryLike)) {
        continue; // "anti-American protesters" are against the state, not of it
      }
      if (!entries.isEmpty()) {
        out.add(primitive(words, i, n, entries));
        return n;
      }
    }
    Word w = words.get(i);
    // "pro-Gaddafi forces", "anti-Assad rebels": a surname inside a "pro-"/"anti-" word is tagged no person
    boolean person = s.tokens().get(w.token()).ner().equals("PERSON") || prefixed(words, i, "pro")
        || prefixed(words, i, "anti");
    if (person && upper(w.original())) {
      List<KbEntry> people = ofLivingStates(withGivenName(s, w.token(), kb.surname(w.lower(), date)), date);
      if (!people.isEmpty()) {
        out.add(primitive(words, i, 1, people));
      }
    }
    return 1;
  }

  /**
   * "White House Chief of Staff Howard Baker": a surname after a given name is only the known person of that
   * surname whose own given name is that one, allowing for spelling ("Itzhak"/"Yitzhak Shamir"); Howard Baker is
   * not James Baker. A bare surname, or one after "Mr." or an initial, keeps every candidate.
   */
  private static List<KbEntry> withGivenName(Sentence s, int token, List<KbEntry> people) {
    if (token == 0 || people.isEmpty()) {
      return people;
    }
    Token before = s.tokens().get(token - 1);
    String given = before.word().toLowerCase(java.util.Locale.ROOT);
    if (!before.ner().equals("PERSON") || !upper(before.word()) || given.length() < 3 || given.endsWith(".")) {
      return people;
    }
    return people.stream().filter(e -> hasGivenName(e.name(), given)).toList();
  }

  private static boolean hasGivenName(String name, String given) {
    String[] words = name.toLowerCase(java.util.Locale.ROOT).split("[\\s.-]+");
    for (int i = 0; i < words.length - 1; i++) {
      if (editDistance(words[i], given) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance of two short words. */
  static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /**
   * "fighting in Misratah", "rebels near Zawiya", "Benghazi residents" (tagged a location): a generated city's name is
   * a place where the tagger reads a location, or after a preposition of place where it reads no person or
   * organisation ("Thomson" the name is not the town in Singapore).
   */
  private static boolean readAsPlace(Sentence s, int token) {
    String ner = s.tokens().get(token).ner();
    if (ner.equals("LOCATION")) {
      return true;
    }
    // "a letter from Obama": never a person or an organisation the tagger saw, whatever comes before
    String before = token > 0 ? s.tokens().get(token - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
    return PLACE_PREPOSITIONS.contains(before) && !ner.equals("PERSON") && !ner.equals("ORGANIZATION");
  }

  /**
   * "Update 3:33 a.m. Cairo", "11:20 p.m. Washington time": a city or capital right after a clock time names the time
   * zone of a live page's stamp, no party.
   */
  private static boolean timeZone(Sentence s, int token, List<KbEntry> entries) {
    if (token == 0 || !entries.stream().allMatch(e -> e.kind() == Kind.CAPITAL || e.kind() == Kind.PLACE)) {
      return false;
    }
    String before = s.tokens().get(token - 1).word().toLowerCase(java.util.Locale.ROOT);
    return CLOCK.contains(before) || before.matches("\\d{1,2}[:.]\\d{2}");
  }

  private static final java.util.Set<String> CLOCK = java.util.Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc");

  /** "Fed up with corruption": a name that is here a word of an English idiom. */
  private static boolean idiom(List<Word> words, int i, int n) {
    return i + n < words.size() && IDIOMS.contains(key(words, i, n) + " " + words.get(i + n).lower());
  }

  private static final java.util.Set<String> IDIOMS = java.util.Set.of("fed up");

  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "near", "outside", "at", "from",
      "to", "into", "around", "toward", "towards", "across", "through", "inside", "via");

  /** Names need a capital letter ("US" is a state, "us" a pronoun); titles match in any case. */
  private static List<KbEntry> caseFiltered(List<KbEntry> entries, String first) {
    if (entries.isEmpty() || upper(first)) {
      return entries; // most lookups miss: no stream for them (a hot path, per the throughput profile)
    }
    return entries.stream().filter(e -> e.kind() == Kind.TITLE).toList();
  }

  /** Officeholders listed only for their terms name nobody outside them ("Ahmed Ali" of 1975 is not in 2015 news). */
  /**
   * "Mikhail Gorbachev" in 2011: a person whose post was in a state that no longer exists on the date is a former
   * officeholder of no side (what state he acts for now the knowledge base does not say), not that state.
   */
  private List<KbEntry> ofLivingStates(List<KbEntry> entries, LocalDate date) {
    if (entries.stream().noneMatch(e -> e.kind() == Kind.PERSON && kb.ended(e.code(), date))) {
      return entries;
    }
    return entries.stream().map(e -> e.kind() != Kind.PERSON || !kb.ended(e.code(), date) ? e
        : new KbEntry(e.kind(), null, null, e.name(), e.role(), e.from(), e.to(), e.anyDate(), e.source())).toList();
  }

  /** The word before word {@code i} is {@code prefix} in the same token ("pro" of "pro-Gaddafi"). */
  private static boolean prefixed(List<Word> words, int i, String prefix) {
    return i > 0 && words.get(i - 1).token() == words.get(i).token() && words.get(i - 1).lower().equals(prefix);
  }

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
