package org.dyad.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.actors.Mention;
import org.dyad.actors.Via;
import org.dyad.model.EventActor;
import org.dyad.nlp.Token;

/**
 * Turns the words naming a speaker into a speaker, remembering earlier speakers of the article: "he" is the last
 * person quoted nearby (else the person a recent sentence opens with), "Wan" is the "Wan Chengcai" quoted before,
 * "the official" is the "senior US official" quoted before. One per article.
 */
final class SpeakerMemory {
  // how many sentences back "he said" may reach for the last person quoted or named
  private static final int PRONOUN_REACH = 4;
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
  private final Map<String, Speaker> bySurname = new HashMap<>();
  private final Map<String, Speaker> byHeadNoun = new HashMap<>();
  private Speaker lastPersonQuoted;
  private Speaker lastQuoted;
  private Speaker lastSubject;

  /** The speaker named by tokens [from, to) of {@code s}. */
  Speaker speaker(ActorSentence s, int phraseFrom, int to) {
    List<Token> t = s.sentence().tokens();
    int from = Phrases.afterDatePrefix(t, phraseFrom, to);
    int start = t.get(from).begin();
    int end = t.get(to - 1).end();
    String text = s.sentence().text().substring(start - s.sentence().begin(), end - s.sentence().begin());
    if (to - from == 1 && Phrases.pronoun(t.get(from))) {
      return pronoun(s, t.get(from), text, start, end);
    }
    Mention m = trusted(mentionIn(s, from, to), t, to);
    boolean person = (m != null && m.person()) || t.get(to - 1).ner().equals("PERSON");
    EventActor actor = new EventActor(text, m == null ? null : m.name(), m == null ? null : m.code(),
        m == null ? null : m.sector());
    return sameAsEarlier(new Speaker(actor, start, end, person, s.sentence().index()));
  }

  /**
   * The speaker of a quote that names none: the speaker quoted in this or the previous sentence, else the person
   * the previous sentence opens with ("Polikanov called for talks. "…""); null when neither.
   */
  Speaker implied(int sentence) {
    if (lastQuoted != null && sentence - lastQuoted.sentence() <= 1) {
      return lastQuoted;
    }
    if (lastSubject != null && sentence - lastSubject.sentence() == 1) {
      return lastSubject;
    }
    return null;
  }

  /** Notes that {@code s} spoke in its sentence. */
  void quoted(Speaker s) {
    lastQuoted = s;
    if (s.person() && s.actor().name() != null) {
      lastPersonQuoted = s;
    }
  }

  /** Notes the person a sentence opens with (its likely subject), after its quotes were read. */
  void read(ActorSentence s) {
    for (Mention m : s.mentions()) {
      if (m.person() && !m.place() && m.name() != null && m.via() != Via.PRONOUN) {
        List<Token> t = s.sentence().tokens();
        Speaker named = new Speaker(m.actor(), t.get(m.start()).begin(), t.get(m.end() - 1).end(), true,
            s.sentence().index());
        lastSubject = sameAsEarlier(named);
        return;
      }
    }
  }

  private Speaker pronoun(ActorSentence s, Token t, String text, int start, int end) {
    int index = s.sentence().index();
    boolean personal = t.word().equalsIgnoreCase("he") || t.word().equalsIgnoreCase("she");
    EventActor to = null;
    if (personal && lastPersonQuoted != null && index - lastPersonQuoted.sentence() <= PRONOUN_REACH) {
      to = lastPersonQuoted.actor();
    } else if (personal && lastSubject != null && index - lastSubject.sentence() <= PRONOUN_REACH) {
      to = lastSubject.actor();
    }
    EventActor actor = to == null ? new EventActor(text, null, null, null)
        : new EventActor(text, to.name(), to.code(), to.sector());
    return new Speaker(actor, start, end, personal, index);
  }

  /**
   * The mention, unless it gives the speaker a person the words cannot mean: "officials" or "the ministry" (a
   * common noun heads the phrase) are no named person, whatever the actors stage linked them to; "Harry Reid" is
   * not the John Reid found by surname. Such a mention keeps its code and sector but loses the name, or is dropped
   * when the name was all it had.
   */
  private static Mention trusted(Mention m, List<Token> t, int to) {
    if (m == null || !m.person() || m.name() == null) {
      return m;
    }
    Token head = t.get(to - 1);
    boolean common = head.pos().equals("NNS") || (head.pos().equals("NN") && !m.covers(to - 1));
    if (common) {
      return new Mention(m.start(), m.end(), m.head(), m.text(), null, m.code(), m.sector(), false, m.place(),
          m.resolution(), m.how());
    }
    return otherGivenName(m, t) ? null : m;
  }

  /** True when the mention's words give a first name its canonical name lacks ("Harry Reid" as "John Reid"). */
  private static boolean otherGivenName(Mention m, List<Token> t) {
    Set<String> known = Set.of(m.name().toLowerCase().split("[\\s.]+"));
    int last = m.end() - 1;
    if (last - 1 < m.start() || !known.contains(t.get(last).word().toLowerCase())) {
      return false; // the name was not matched by this surname
    }
    Token given = t.get(last - 1);
    return given.pos().equals("NNP") && given.ner().equals("PERSON") && !known.contains(given.word().toLowerCase());
  }

  private static Mention mentionIn(ActorSentence s, int from, int to) {
    int head = to - 1;
    for (int i = from + 1; i < to - 1; i++) {
      if (s.sentence().tokens().get(i).word().equals("of")) {
        head = i - 1; // "the Voice of Russia" is a voice, not Russia
        break;
      }
    }
    Mention best = null;
    for (Mention m : s.mentions()) {
      boolean inside = m.start() < to && m.end() > from && !m.place();
      if (inside && (best == null || m.covers(head) || (best.code() == null && m.code() != null))) {
        best = m;
      }
    }
    return best;
  }

  /**
   * "Wan said" after "Wan Chengcai said", "Mr. Kerry" after "John Kerry": the earlier full name (and code) for a
   * bare surname; "the official" after "a senior US official": the earlier speaker with that head noun.
   */
  private Speaker sameAsEarlier(Speaker s) {
    String[] words = s.actor().text().trim().split("\\s+");
    String last = words[words.length - 1].toLowerCase();
    boolean bare = words.length == 1 || (words.length == 2 && HONORIFICS.contains(words[0].toLowerCase()));
    boolean definite = words.length == 2 && words[0].equalsIgnoreCase("the") && Character.isLowerCase(words[1].charAt(0));
    Speaker earlier = bare ? bySurname.get(last) : definite ? byHeadNoun.get(last) : null;
    if (earlier != null && (s.actor().name() == null || bare || definite)) {
      return new Speaker(new EventActor(s.actor().text(), earlier.actor().name(), earlier.actor().code(),
          earlier.actor().sector()), s.start(), s.end(), earlier.person(), s.sentence());
    }
    remember(s, words);
    return s;
  }

  private void remember(Speaker s, String[] words) {
    if (s.person() && words.length > 1 && Character.isUpperCase(words[words.length - 1].charAt(0))) {
      bySurname.putIfAbsent(words[words.length - 1].toLowerCase(), s);
      // "Yang Lei … Yang wrote": Chinese names put the family name first
      bySurname.putIfAbsent(words[0].toLowerCase(), s);
    } else if (!s.person() && words.length > 1) {
      byHeadNoun.put(words[words.length - 1].toLowerCase(), s);
    }
  }
}
