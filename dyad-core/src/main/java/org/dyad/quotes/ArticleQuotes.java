package org.dyad.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.actors.Mention;
import org.dyad.model.Quote;
import org.dyad.nlp.Token;

/** Reads the quotes of one article, sentence by sentence, so earlier speakers resolve later pronouns. */
final class ArticleQuotes {
  private static final int SHORT = 3;
  private final QuoteCues rules;
  private final Reported reported;
  private final String articleId;
  private final String text;
  private final List<ActorSentence> sentences;
  private final List<Marks.Quoted> passages;
  // each sentence's first character, to find the sentence of an offset by binary search (long articles have
  // thousands of sentences and passages: a linear scan a passage made a 700 KB transcript take minutes)
  private final int[] begins;
  private final SpeakerMemory memory = new SpeakerMemory();
  private final Set<Long> usedVerbs = new HashSet<>();
  private final List<Quote> out = new ArrayList<>();

  ArticleQuotes(QuoteCues rules, Reported reported, String articleId, String text, List<ActorSentence> sentences) {
    this.rules = rules;
    this.reported = reported;
    this.articleId = articleId;
    this.text = text;
    this.sentences = sentences;
    this.passages = Marks.find(text).stream().map(ArticleQuotes::trimmed).filter(p -> !p.text().isBlank())
        .toList();
    this.begins = sentences.stream().mapToInt(s -> s.sentence().begin()).toArray();
  }

  List<Quote> read() {
    List<List<Marks.Quoted>> opening = new ArrayList<>();
    sentences.forEach(s -> opening.add(new ArrayList<>()));
    for (Marks.Quoted p : passages) {
      int at = indexAt(p.start());
      if (at >= 0) {
        opening.get(at).add(p);
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      ActorSentence s = sentences.get(i);
      for (Marks.Quoted p : opening.get(i)) {
        direct(p, s);
      }
      reportedIn(s);
      memory.read(s);
    }
    out.sort(Comparator.comparing((Quote q) -> q.span().get(0)).thenComparing(Quote::kind));
    return List.copyOf(out);
  }

  private void direct(Marks.Quoted p, ActorSentence first) {
    ActorSentence last = sentenceAt(Math.max(p.start(), p.close() - 1));
    int mark = tokenAt(first, p.openMark());
    if (rules.naming(first.sentence().tokens(), mark)) {
      return; // the book "…", dubbed "…": a name, not speech
    }
    boolean isShort = p.text().trim().split("\\s+").length <= SHORT;
    Attribution a = Attribution.after(rules, last, afterClose(last, p), frameEnd(last, p));
    if (a == null) {
      a = Attribution.before(rules, first, frameStart(first, p), mark);
    }
    if (a != null && (a.adjacent() || !isShort)) {
      emit("direct", p.start(), p.end(), p.text(), first, a, speakerFor(a));
    } else if (!isShort && !titleCase(p.text())) {
      unattributed(p, first, last);
    }
  }

  /** A quote with no speech verb next to it: a whole-sentence quote goes to the speaker before it. */
  private void unattributed(Marks.Quoted p, ActorSentence first, ActorSentence last) {
    boolean wholeSentences = !hasWords(first, 0, tokenAt(first, p.openMark()))
        && !hasWords(last, afterClose(last, p), last.sentence().tokens().size());
    if (wholeSentences) {
      emit("direct", p.start(), p.end(), p.text(), first, null, memory.implied(first.sentence().index()));
      return;
    }
    Attribution a = anySpeechVerb(first, p);
    emit("direct", p.start(), p.end(), p.text(), first, a, a == null ? null : speakerFor(a));
  }

  private Attribution anySpeechVerb(ActorSentence s, Marks.Quoted p) {
    List<Token> t = s.sentence().tokens();
    for (int k = 0; k < t.size(); k++) {
      boolean outside = t.get(k).end() <= p.openMark() || t.get(k).begin() > p.close();
      if (outside && rules.speech(t.get(k)) && !used(s, k)) {
        return Attribution.speakerOf(s, k, 0, t.size(), false);
      }
    }
    return null;
  }

  private void reportedIn(ActorSentence s) {
    List<Token> t = s.sentence().tokens();
    boolean[] quoted = quotedTokens(s);
    for (int k = 0; k < t.size(); k++) {
      if (!rules.speech(t.get(k)) || quoted[k]) {
        continue;
      }
      Reported.Found f = reported.at(s, k, quoted);
      int start = f == null ? 0 : t.get(f.clauseFrom()).begin();
      int end = f == null ? 0 : t.get(f.clauseTo() - 1).end();
      Speaker who = f == null || overlapsDirect(start, end) ? null : speakerFor(f.attribution());
      if (who != null) {
        emit("reported", start, end, text.substring(start, end), s, f.attribution(), who);
      }
    }
  }

  /**
   * A clause that holds a direct quote already found is that quote again ("X said that "…""); one that ends before
   * it is speech of its own ("X said the war would be short: "…"").
   */
  private boolean overlapsDirect(int start, int end) {
    return out.stream().anyMatch(q -> q.kind().equals("direct") && q.span().get(0) < end && q.span().get(1) > start);
  }

  private Speaker speakerFor(Attribution a) {
    if (a.from() >= 0) {
      return memory.speaker(a.sentence(), a.from(), a.to());
    }
    // ", saying …", "and said …": the speaker already quoted in this sentence, else the sentence's subject
    int index = a.sentence().sentence().index();
    Speaker earlier = memory.implied(index);
    if (earlier != null && earlier.sentence() == index) {
      return earlier;
    }
    int[] subject = subject(a.sentence().sentence().tokens(), a.verb());
    return subject == null ? null : memory.speaker(a.sentence(), subject[0], subject[1]);
  }

  /** The phrase that opens the sentence, before {@code verb}, after any leading connective ("However,"). */
  private static int[] subject(List<Token> t, int verb) {
    int i = 0;
    while (i < verb && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("CC") || t.get(i).word().equals(","))) {
      i++;
    }
    int[] r = i < verb ? Phrases.right(t, i, verb) : null;
    return r;
  }

  private void emit(String kind, int start, int end, String words, ActorSentence s, Attribution a, Speaker who) {
    if (a != null && a.verb() >= 0) {
      usedVerbs.add(key(a.sentence(), a.verb()));
    }
    if (who != null) {
      memory.quoted(who);
    }
    String verb = a == null || a.verb() < 0 ? null : a.verbText();
    out.add(new Quote(id(kind, start, end), articleId, words, kind, List.of(start, end), s.sentence().index(),
        who == null ? null : who.actor(), verb, who == null || who.start() < 0 ? null : who.span()));
  }

  private boolean used(ActorSentence s, int k) {
    return usedVerbs.contains(key(s, k));
  }

  private static long key(ActorSentence s, int k) {
    return (long) s.sentence().index() * 1_000_000L + k;
  }

  private boolean[] quotedTokens(ActorSentence s) {
    List<Token> t = s.sentence().tokens();
    boolean[] in = new boolean[t.size()];
    int from = t.isEmpty() ? 0 : t.get(0).begin();
    int to = t.isEmpty() ? 0 : t.get(t.size() - 1).end();
    for (Marks.Quoted p : passages) {
      if (p.openMark() > to || p.close() + 1 < from) {
        continue; // no token of this sentence can lie inside it
      }
      for (int i = 0; i < t.size(); i++) {
        in[i] |= t.get(i).begin() >= p.openMark() && t.get(i).end() <= p.close() + (p.closed() ? 1 : 0);
      }
    }
    return in;
  }

  /** The sentence holding character {@code offset}: the last one starting at or before it. */
  private ActorSentence sentenceAt(int offset) {
    int i = indexAt(offset);
    return i < 0 ? null : sentences.get(i);
  }

  /** Index of the sentence holding character {@code offset} (the first sentence for an offset before it), -1 if none. */
  private int indexAt(int offset) {
    if (begins.length == 0) {
      return -1;
    }
    int lo = 0;
    int hi = begins.length - 1;
    // the last index whose begin is at or before offset; sentences are in text order
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (begins[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Index of the first token of {@code s} at or after {@code offset}. */
  private static int tokenAt(ActorSentence s, int offset) {
    List<Token> t = s.sentence().tokens();
    int i = 0;
    while (i < t.size() && t.get(i).begin() < offset) {
      i++;
    }
    return i;
  }

  /** The first token after the passage's closing mark, in the sentence where it ends. */
  private static int afterClose(ActorSentence s, Marks.Quoted p) {
    return tokenAt(s, p.close() + (p.closed() ? 1 : 0));
  }

  /** Where the words before a passage start: after the previous passage if it closed in this sentence. */
  private int frameStart(ActorSentence s, Marks.Quoted p) {
    int from = 0;
    for (Marks.Quoted q : passages) {
      if (q.close() < p.openMark() && q.close() >= s.sentence().begin()) {
        from = afterClose(s, q);
      }
    }
    return from;
  }

  /** Where the words after a passage end: at the next passage opening in the same sentence. */
  private int frameEnd(ActorSentence s, Marks.Quoted p) {
    for (Marks.Quoted q : passages) {
      if (q.openMark() > p.close() && q.openMark() < s.sentence().end()) {
        return tokenAt(s, q.openMark());
      }
    }
    return s.sentence().tokens().size();
  }

  private static boolean hasWords(ActorSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.sentence().tokens().get(i).word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** "The Art of the Deal", "Desert Storm": every word capitalised, a name rather than speech. */
  static boolean titleCase(String words) {
    String[] w = words.trim().split("\\s+");
    if (w.length > 6) {
      return false;
    }
    for (String word : w) {
      boolean small = Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at").contains(word);
      if (!small && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return !words.matches(".*[.?!]\\s*$");
  }

  /** The passage without the spaces inside its marks and the comma of "…," X said, which is the writer's. */
  private static Marks.Quoted trimmed(Marks.Quoted p) {
    String words = p.text();
    int cut = words.length();
    while (cut > 0 && (words.charAt(cut - 1) == ',' || Character.isWhitespace(words.charAt(cut - 1)))) {
      cut--;
    }
    int lead = 0;
    while (lead < cut && Character.isWhitespace(words.charAt(lead))) {
      lead++;
    }
    int drop = words.length() - cut;
    return new Marks.Quoted(p.open(), p.start() + lead, p.end() - drop, p.close(), words.substring(lead, cut),
        p.closed());
  }

  private String id(String kind, int start, int end) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-1");
      byte[] h = sha.digest((articleId + "|" + kind + "|" + start + "|" + end).getBytes(StandardCharsets.UTF_8));
      return "q-" + HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JVM", e);
    }
  }
}
