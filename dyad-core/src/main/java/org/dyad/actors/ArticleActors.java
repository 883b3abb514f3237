package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The actor mentions of one article, sentence by sentence, tying later bare mentions ("Lavrov",
 * "Mr. Putin", "he", "the minister") to the earlier full mention, and giving role nouns ("police", "its
 * warplanes", "officials of the Bank of England", "protesters in Seoul") their country. Not thread-safe: one
 * per article.
 */
public final class ArticleActors {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
  private static final Set<String> STATE_PRONOUNS = Set.of("its", "their");
  private static final Set<String> PERSON_POSSESSIVES = Set.of("his", "her");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us");
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my");
  private static final Set<String> SAY_OR_ANNOUNCE = Set.of("say", "announce", "warn", "add", "state", "declare",
      "insist", "threaten", "promise", "pledge", "vow", "confirm", "deny");
  private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "declare", "warn", "insist", "note");
  // a role noun so qualified names no known side: it takes no country from the context
  private static final Set<String> UNKNOWN = Set.of("unidentified", "unknown", "foreign", "western", "international",
      "other", "some", "rival", "allied", "neighbouring", "neighboring", "regional");
  // sectors whose role nouns take the country of the dateline when nothing nearer gives one (armed forces and
  // rebels are left out: a war is often reported from a neighbouring capital)
  private static final Set<String> DATELINE_SECTORS = Set.of("GOV", "COP", "CVL", "OPP", "LEG", "JUD", "BUS", "DIP");
  // people of a place rather than of a government: protesters, police and rebels are those of where they act
  private static final Set<String> DOMESTIC = Set.of("CVL", "COP", "OPP", "REB");
  private static final Map<String, String> COMBINING = combiningForms();
  private final PhraseMatcher matcher;
  private final ChunkBuilder chunks = new ChunkBuilder();
  private final LocalDate date;
  private final Mention dateline;
  // marks, in a mention's explanation, a country that only the dateline gave
  private static final String FROM_DATELINE = "; dateline '";
  private final Map<String, Mention> bySurname = new HashMap<>();
  private final Map<String, Mention> byFirstName = new HashMap<>();
  // the people named so far, latest first: "the Crown Prince" is the latest person of that title
  private final java.util.LinkedList<Mention> people = new java.util.LinkedList<>();
  private Mention lastPerson;
  // "A senior British official said ...": the lede's unnamed person, whom the story names later
  private Mention ledePerson;
  private int sentences;
  private Mention lastState;
  private Mention lastCountry;
  private int countrySentence = -1;
  // the latest coded group of each title ("EC foreign ministers" under "ministers"), for a later "the ministers"
  private final Map<String, Mention> groups = new HashMap<>();
  // how often the article names each state (no bodies such as the UN), with a name of each: over the whole article
  // when read() was given it, else over what its sentences have named so far (not what the context guessed)
  private final Map<String, Integer> statesNamed = new HashMap<>();
  private final Map<String, String> stateNames = new HashMap<>();
  private boolean primed;
  // the primitives read() matched, by sentence index, for mentions() to build on
  private final Map<Integer, List<Primitive>> matched = new HashMap<>();
  // mentions whose country only the dateline or the article's main state gave: they count as no naming of it
  private final Set<Mention> guessed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  // the sentence's mention resolved last, for a possessive right after it ("Gaddafi's forces")
  private Mention previous;

  ArticleActors(PhraseMatcher matcher, LocalDate date, Mention dateline) {
    this.matcher = matcher;
    this.date = date;
    this.dateline = dateline;
  }

  /** The mentions of the next sentence of the article, in text order. */
  public List<Mention> mentions(Sentence s) {
    List<Primitive> primitives = matched.remove(s.index());
    if (primitives == null) {
      primitives = matcher.match(s, date);
    }
    List<Mention> found = withCombiningForms(s, Appositions.apply(s, chunks.build(s, primitives, date)));
    List<Mention> out = new ArrayList<>();
    previous = null;
    int next = 0;
    for (int t = 0; t < s.tokens().size(); t++) {
      while (next < found.size() && found.get(next).start() < t) {
        next++; // a mention overlapping one taken ("UN-Arab League": UN and the Arab League in one token) is passed
      }
      if (next < found.size() && found.get(next).start() == t) {
        Mention m = remember(situate(s, found, corefer(s, held(s, former(s, found.get(next))))));
        out.add(m);
        previous = m;
        t = m.end() - 1;
        next++;
      } else if (here(s, t)) {
        // "a visit here next week", "talks here": in a datelined story "here" is the dateline's place
        out.add(new Mention(t, t + 1, t, s.tokens().get(t).word(), dateline.name(), dateline.code(), null, false, true,
            Resolution.of(Via.DATELINE, dateline.text()), "'here' in a story datelined " + dateline.text()));
      } else if (theCountry(s, t) && lastCountry != null && countrySentence == sentences) {
        // "deploring Japan's trade imbalance and appealed for the country to open up": the state named last in the
        // same sentence ("Gaddafi must leave the country" after a sentence on France is Libya, not France); "in the
        // country", "across the country" a place
        boolean place = t > 0 && ChunkBuilder.placePreposition(s.tokens().get(t - 1).word());
        String phrase = ChunkBuilder.text(s, t, t + 2);
        out.add(new Mention(t, t + 2, t + 1, phrase, lastCountry.name(), lastCountry.code(), null, false, place,
            Resolution.of(Via.STATE_PRONOUN, lastCountry.text()), "'" + phrase + "' for '" + lastCountry.text()
            + "', the state named last"));
        t++;
      } else if (PRONOUNS.contains(s.tokens().get(t).word().toLowerCase()) && lastPerson != null) {
        Mention p = pronoun(s.tokens().get(t));
        if (p != null) {
          out.add(p);
        }
      }
    }
    if (sentences++ == 0) {
      ledePerson = unnamedPerson(s, out);
    }
    return statePronouns(s, firstPersons(s, out));
  }

  /** "the country", "the nation" standing alone (not "the country director", not "the country's"). */
  private static boolean theCountry(Sentence s, int t) {
    var tokens = s.tokens();
    if (t + 1 >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("the")
        || !Set.of("country", "nation").contains(tokens.get(t + 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t + 2 >= tokens.size() || !tokens.get(t + 2).pos().startsWith("NN") && !tokens.get(t + 2).pos().equals("POS");
  }

  /** The adverb "here" in a story whose dateline names a state. */
  private boolean here(Sentence s, int t) {
    var w = s.tokens().get(t);
    return dateline != null && dateline.code() != null && w.word().equalsIgnoreCase("here") && w.pos().equals("RB");
  }

  /**
   * "A senior British official said", "The UN's humanitarian chief has arrived": the first singular titled person of
   * a known side that an article or determiner introduces, or null.
   */
  private static Mention unnamedPerson(Sentence s, List<Mention> found) {
    for (Mention m : found) {
      int t = m.start() - 1;
      while (t >= 0 && t >= m.start() - 3 && modifier(s.tokens().get(t).pos())) {
        t--; // "a senior", "a high-ranking", "the UN's refugee chief"
      }
      boolean owned = t > 0 && s.tokens().get(t).pos().equals("POS");
      if (owned) {
        t--; // "the UN's humanitarian chief": past the owner's name
        while (t > 0 && s.tokens().get(t).pos().startsWith("NNP")) {
          t--;
        }
      }
      String before = t >= 0 ? s.tokens().get(t).word().toLowerCase(Locale.ROOT) : "";
      // "A senior British official said", "The UN's humanitarian chief has arrived": one person by a title alone (not
      // "the Syrian president", a post whose holder is known)
      boolean determined = before.equals("a") || before.equals("an") || owned && before.equals("the");
      if (determined && titledPerson(m)) {
        return m;
      }
    }
    return null;
  }

  /** Who holds a place, by the word before "-held": the side a "rebel-held town" stands for. */
  private static final Map<String, String> HOLDERS = Map.ofEntries(Map.entry("rebel", "REB"),
      Map.entry("insurgent", "REB"), Map.entry("militant", "REB"), Map.entry("jihadist", "REB"),
      Map.entry("opposition", "OPP"), Map.entry("government", "GOV"), Map.entry("regime", "GOV"),
      Map.entry("army", "MIL"), Map.entry("loyalist", "GOV"));

  /**
   * "shelled the rebel-held town of Misrata", "rebel-held Aleppo": a place of a state that one side holds stands for
   * that side there (the state's rebels, its government), an actor rather than a place.
   */
  private static Mention held(Sentence s, Mention m) {
    if (!m.place() || m.code() == null) {
      return m;
    }
    var tokens = s.tokens();
    for (int k = m.start() - 1; k >= Math.max(2, m.start() - 4); k--) {
      // the tokenizer writes "rebel-held" as three tokens: "rebel", "-", "held"
      if (tokens.get(k).word().equalsIgnoreCase("held") && tokens.get(k - 1).word().equals("-")) {
        String by = tokens.get(k - 2).word().toLowerCase(Locale.ROOT);
        String sector = HOLDERS.get(by.endsWith("s") ? by.substring(0, by.length() - 1) : by);
        return sector == null ? m : new Mention(m.start(), m.end(), m.head(), m.text(), m.name(), m.code(), sector,
            false, false, m.resolution(), m.how() + "; '" + by + "-held': the side that holds it");
      }
      if (tokens.get(k).verb()) {
        return m;
      }
    }
    return m;
  }

  /**
   * "the ex-Yugoslav state", "a former Soviet republic": a state's adjective after "former" or "ex-" names a state
   * that came out of it, not the state itself, and no side.
   */
  private static Mention former(Sentence s, Mention m) {
    // a state's adjective alone ("Soviet"), not a title or a person with it
    Resolution r = m.resolution();
    boolean demonymOnly = r.via() == Via.DEMONYM && !r.title() && !r.person();
    if (m.person() || m.code() == null || !demonymOnly) {
      return m;
    }
    String text = m.text().toLowerCase(Locale.ROOT);
    String before = m.start() > 0 ? s.tokens().get(m.start() - 1).word().toLowerCase(Locale.ROOT) : "";
    boolean former = text.startsWith("former ") || text.startsWith("ex-") || before.equals("former")
        || before.equals("ex-") || before.equals("ex");
    return former ? m.with(null, m.sector(), null, r, m.how() + "; after 'former': a successor, no side") : m;
  }

  /**
   * "Iran said it would retaliate", "Seoul announced that it would impose tariffs": "it" or "they" right after a
   * speech verb (and "that") is the state or body that said it, the actor named before the verb.
   */
  private static List<Mention> statePronouns(Sentence s, List<Mention> found) {
    List<Mention> out = null;
    var tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!(w.equals("it") || w.equals("they")) || covered(found, i)) {
        continue;
      }
      // back over a condition or time clause closed by a comma ("said that if Reagan imposed the tariffs, it
      // would"), then over "that" and a short time phrase ("announced that on June 1 it would") to the verb
      int anchor = conditionBefore(tokens, i);
      int verb = anchor - 1;
      while (verb > 0 && anchor - verb <= 5 && !tokens.get(verb).pos().startsWith("VB")) {
        verb--;
      }
      if (verb < 1 || !SAY_OR_ANNOUNCE.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          || !tokens.get(verb).pos().startsWith("VB")) {
        continue;
      }
      Mention sayer = null;
      for (Mention m : found) {
        if (m.end() <= verb && verb - m.end() <= 4 && m.code() != null && !m.person() && !m.place()) {
          sayer = m; // the last such mention before the verb
        }
      }
      if (sayer != null) {
        out = out == null ? new ArrayList<>(found) : out;
        out.add(new Mention(i, i + 1, i, w, sayer.name(), sayer.code(), sayer.sector(), false, false,
            Resolution.of(Via.STATE_PRONOUN, sayer.text()),
            "'" + w + "' for '" + sayer.text() + "', who " + tokens.get(verb).word() + " it"));
      }
    }
    if (out == null) {
      return found;
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Words that open a condition or time clause before the main clause ("if", "once", "when"). */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "once", "when", "whenever", "after", "before",
      "until", "while");

  /**
   * The subordinator of a condition or time clause that ends in the comma right before {@code i}, or {@code i}
   * itself when there is none (no comma, or none of {@link #CONDITIONS} within twenty words after the last stop).
   */
  private static int conditionBefore(List<Token> tokens, int i) {
    if (!tokens.get(i - 1).word().equals(",")) {
      return i;
    }
    for (int j = i - 2; j >= 1 && i - j <= 20; j--) {
      String w = tokens.get(j).word();
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return i;
      }
      if (CONDITIONS.contains(w.toLowerCase(Locale.ROOT))) {
        return j;
      }
    }
    return i;
  }

  private static boolean covered(List<Mention> found, int t) {
    return found.stream().anyMatch(m -> m.covers(t));
  }

  /**
   * "'We will definitely retaliate,' said Iran's Rezaie": "we", "our" and "us" inside a quotation are the side of
   * the speaker the sentence names outside it (the subject of its "said"), not a person; "I", "me" and "my" are
   * the speaker, when the speaker is a person.
   */
  private static List<Mention> firstPersons(Sentence s, List<Mention> found) {
    var tokens = s.tokens();
    boolean[] quoted = s.quoted();
    Mention speaker = null;
    for (Token t : tokens) {
      if (!quoted[t.index()] && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos().startsWith("VB")) {
        speaker = nearestOutside(found, quoted, t.index());
        break;
      }
    }
    if (speaker == null) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!quoted[t.index()] || found.stream().anyMatch(m -> m.covers(t.index()))) {
        continue;
      }
      if (FIRST_PLURAL.contains(w)) {
        out.add(new Mention(t.index(), t.index() + 1, t.index(), t.word(), speaker.name(), speaker.code(),
            speaker.sector(), false, false, Resolution.of(Via.FIRST_PERSON_PLURAL, speaker.text()),
            "first person in the quote of '" + speaker.text() + "'"));
      } else if (FIRST_SINGULAR.contains(w) && speaker.person()) {
        // "'I will ask U.S. leaders to rescind any sanctions,' said Abe": "I" is the speaker himself
        out.add(new Mention(t.index(), t.index() + 1, t.index(), t.word(), speaker.name(), speaker.code(),
            speaker.sector(), true, false, Resolution.of(Via.FIRST_PERSON_SINGULAR, speaker.text()),
            "first person singular in the quote of '" + speaker.text() + "'"));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The coded mention outside the quotation nearest the speech verb at {@code verb}, or null. */
  private static Mention nearestOutside(List<Mention> found, boolean[] quoted, int verb) {
    Mention best = null;
    for (Mention m : found) {
      if (!quoted[m.head()] && m.code() != null && !m.place()
          && (best == null || Math.abs(m.head() - verb) < Math.abs(best.head() - verb))) {
        best = m;
      }
    }
    return best;
  }

  /** "Franco-German", "Sino-Soviet": the combining form before a hyphen and a state's word names a state too. */
  private static List<Mention> withCombiningForms(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found);
    for (Mention m : found) {
      int form = m.start() - 2;
      if (form >= 0 && s.tokens().get(m.start() - 1).word().equals("-") && m.code() != null && !m.person()
          && found.stream().noneMatch(o -> o.covers(form))) {
        String word = s.tokens().get(form).word();
        String code = COMBINING.get(word);
        if (code != null && !code.equals(m.code())) {
          out.add(new Mention(form, form + 1, form, word, word + "-", code, null, false, false,
              Resolution.of(Via.COMBINING_FORM, word), "combining form '" + word + "-'"));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static Map<String, String> combiningForms() {
    Map<String, String> out = new HashMap<>();
    for (String line : org.dyad.util.Resources.lines(ArticleActors.class, "combining-forms.tsv")) {
      String[] f = line.split("\t");
      out.put(f[0], f[1]);
    }
    return Map.copyOf(out);
  }

  private Mention pronoun(Token t) {
    Mention a = antecedent(Gender.ofPronoun(t.word()));
    if (a == null) {
      return null;
    }
    return new Mention(t.index(), t.index() + 1, t.index(), t.word(), a.name(), a.code(), a.sector(), true, false,
        Resolution.of(Via.PRONOUN, a.text()), "pronoun for '" + a.text() + "'");
  }

  /**
   * The person "he" or "she" stands for: the latest person named whose gender does not contradict the pronoun's;
   * "she" prefers a woman among the last three people named ("Aisha Gaddafi ... her father Muammar ... she said")
   * over a person of unknown gender. Nobody when every person named is of the other gender.
   */
  private Mention antecedent(Gender.Value pronoun) {
    if (pronoun == Gender.Value.UNKNOWN) {
      return lastPerson;
    }
    Gender.Value other = pronoun == Gender.Value.MALE ? Gender.Value.FEMALE : Gender.Value.MALE;
    if (pronoun == Gender.Value.FEMALE) {
      for (Mention p : people.subList(0, Math.min(3, people.size()))) {
        if (Gender.of(p) == Gender.Value.FEMALE) {
          return p;
        }
      }
    }
    for (Mention p : people) {
      if (Gender.of(p) != other) {
        return p;
      }
    }
    return null; // "she" after men only: somebody the article has not named
  }

  private Mention corefer(Sentence s, Mention m) {
    if (m.person() && m.code() == null && m.name() != null) {
      Mention earlier = bySurname.get(surname(m.name()));
      if (earlier == null && !m.name().trim().contains(" ")) {
        // "Rha" after "Trade Minister Rha Woong-bae", "Saddam" after "Saddam Hussein": a name written first
        earlier = byFirstName.get(m.name().trim().toLowerCase(Locale.ROOT));
      }
      if (earlier != null) {
        return m.with(earlier.code(), earlier.sector(), earlier.name(), Resolution.of(Via.SAME_PERSON, earlier.text()),
            "same person as '" + earlier.text() + "'");
      }
    }
    boolean titleOnly = m.via() == Via.TITLE && !m.resolution().person();
    // "its secretary of state" is the post of the one "its" stands for, not the latest holder of a like post
    // "a government spokesman", "another minister": an indefinite title names someone new, not a person named before
    if ((!m.person() || titleOnly) && m.code() == null && m.sector() != null && !ChunkBuilder.owned(s, m.start())
        && !indefinite(s, m)) {
      // "the minister", "the Crown Prince": the latest person named who holds such a post
      for (Mention p : people) {
        if (samePost(m, p)) {
          return m.with(p.code(), p.sector(), p.name(), Resolution.of(Via.TITLE_FOR, p.text()),
              "title for '" + p.text() + "'");
        }
      }
    }
    return m;
  }

  /** The title follows "a", "an", "another" or "one" (and adjectives): it introduces a new referent. */
  private static boolean indefinite(Sentence s, Mention m) {
    int t = m.start() - 1;
    while (t >= 0 && t >= m.start() - 3 && s.tokens().get(t).pos().startsWith("JJ")) {
      t--;
    }
    String w = t >= 0 ? s.tokens().get(t).word().toLowerCase(Locale.ROOT) : "";
    return w.equals("a") || w.equals("an") || w.equals("another") || w.equals("one");
  }

  /**
   * "a British minister", "the Kenyan President": a singular title with a country names one person, to whom a
   * later "he" or "the minister" refers ("officials", "the ministry" name none).
   */
  private static boolean titledPerson(Mention m) {
    if (m.person() || m.place() || m.code() == null || m.sector() == null || !m.resolution().title()) {
      return false;
    }
    String head = head(m);
    return !head.endsWith("s") && !head.endsWith("ry") && Character.isLetter(head.charAt(0)) && m.via() != Via.COUNTRY;
  }

  /**
   * True when the bare title names one person of the post the earlier person holds: "the minister" after "Foreign
   * Minister Lavrov"; never a body or a group ("the administration", "officials" after a minister).
   */
  private static boolean samePost(Mention title, Mention person) {
    String[] words = title.text().toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    String post = (person.text() + " " + person.resolution().names()).toLowerCase(Locale.ROOT);
    return title.sector().equals(person.sector()) && !head.endsWith("s") && post.contains(head);
  }

  /**
   * A role noun with no country takes one from its context, nearest first: a possessive "its"/"their" (the last
   * state named), "of X", "in PLACE", and last the article's dateline.
   */
  private Mention situate(Sentence s, List<Mention> found, Mention m) {
    if (dateline != null && m.resolution().implied() && !m.code().equals(dateline.code()) && m.via() != Via.TITLE_FOR) {
      // "BUENOS AIRES - Treasury Secretary Mario Brodersohn": a post that is the United States' in American usage
      // is the dateline's state's in a story filed from elsewhere (wire style writes "U.S. Treasury Secretary")
      return guess(located(m, dateline.code(), dateline, m.how() + FROM_DATELINE + dateline.text() + "'"));
    }
    Mention org = m.code() == null && m.resolution().title() && !m.place() ? organisationBefore(s, found, m) : null;
    if (org != null) {
      // "Liberal Democratic Party (LDP) executive council chairman Shintaro Abe": an officer of the body named before
      return m.with(org.code(), m.sector() != null ? m.sector() : org.sector(), m.person() ? m.name() : org.name(),
          m.resolution().naming(org.text()), m.how() + "; officer of '" + org.text() + "' named before the title");
    }
    if (ledePerson != null && sentences <= 2 && m.person() && m.code() == null && m.sector() == null
        && m.via() == Via.NO_ENTRY && fullName(m)) {
      // "The UN's humanitarian chief has arrived in Syria … Valerie Amos met the foreign minister": the first full name
      // of no known side after a lede that gave only a title is whom the lede meant
      Mention lede = ledePerson;
      ledePerson = null;
      return m.with(lede.code(), lede.sector(), m.name(), m.resolution().naming(lede.text()),
          m.how() + "; the lede's '" + lede.text() + "'");
    }
    Mention possessor = m.code() == null && !m.place() && m.resolution().title() ? possessor(s, m) : null;
    if (possessor != null) {
      // "Gaddafi's forces", "Obama's administration": a body or force of a named person is of that person's state;
      // "the UN's humanitarian chief": a post of a body, the body's
      return m.with(possessor.code(), m.sector() != null ? m.sector() : possessor.sector(),
          m.person() && m.name() != null ? m.name() : possessor.name(), m.resolution().naming(possessor.text()),
          m.how() + "; of '" + possessor.text() + "'");
    }
    if (m.code() != null || m.sector() == null || m.place() || unknownSide(s, m)) {
      return m;
    }
    // "its own troops", "his own civilians": "own" stresses the owner
    int owner = m.start() > 1 && s.tokens().get(m.start() - 1).word().equalsIgnoreCase("own") ? m.start() - 2 : m.start() - 1;
    String before = owner >= 0 ? s.tokens().get(owner).word().toLowerCase(Locale.ROOT) : "";
    if (STATE_PRONOUNS.contains(before) && lastState != null) {
      return located(m, lastState.code(), lastState, m.how() + "; '" + before + "' for '" + lastState.text() + "'");
    }
    Mention person = PERSON_POSSESSIVES.contains(before) ? antecedent(Gender.ofPronoun(before)) : null;
    if (person != null && person.code() != null) {
      // "Gaddafi's attacks on his own civilians", "the president and his troops": the people of the one "his" is
      Mention state = lastState != null && person.code().equals(lastState.code()) ? lastState : person; // its name
      return located(m, person.code(), state, m.how() + "; '" + before + "' for '" + person.text() + "'");
    }
    Mention of = after(s, found, m, "of");
    if (of != null && of.code() != null && !of.person()) {
      return located(m, of.code(), of, m.how() + "; of '" + of.text() + "'");
    }
    Mention in = after(s, found, m, "in");
    if (in != null && in.code() != null && in.place() && !m.sector().equals("MIL")) {
      return located(m, in.code(), in, m.how() + "; in '" + in.text() + "'");
    }
    Mention where = DOMESTIC.contains(m.sector()) ? onePlace(found) : null;
    if (where != null) {
      return located(m, where.code(), where, m.how() + "; the sentence's place '" + where.text() + "'");
    }
    Mention group = definiteGroup(s, m);
    if (group != null) {
      return located(m, group.code(), group, m.how() + "; '" + s.tokens().get(m.start() - 1).word() + " "
          + m.text() + "' for '" + group.text() + "'");
    }
    // a titled person with no country ("Prime Minister Yasuhiro Nakasone" in a TOKYO story) is the dateline's, as
    // wire style names foreign officials with their country; a bare plural ("officials") only when no other state
    // is named beside it
    if (m.person() && ledePerson != null && m.name() != null && m.sector().equals(ledePerson.sector())) {
      // "WASHINGTON - A senior British official said ... Paul Channon, secretary for trade and industry, said":
      // the wire names the lede's official later; he is of the lede's country, not the dateline's
      Mention lede = ledePerson;
      ledePerson = null;
      return located(m, lede.code(), lede, m.how() + "; the lede's '" + lede.text() + "'");
    }
    // people of a place ("the opposition", "protesters", "police") are the dateline's only in a sentence that names no
    // other state: "the United States supported the opposition … for Syrian President Bashar al-Assad" from MOSCOW
    boolean local = !DOMESTIC.contains(m.sector()) && (m.person() || singular(m));
    if (dateline != null && DATELINE_SECTORS.contains(m.sector()) && (local || !mentionsOtherState(found))
        && datelineStands()) {
      return guess(located(m, dateline.code(), dateline, m.how() + FROM_DATELINE + dateline.text() + "'"));
    }
    String main = DOMESTIC.contains(m.sector()) && !m.person() ? mainState() : null;
    if (main != null) {
      // "protesters", "the rebels", "police" in a story that names one state far more often than any other
      String name = stateNames.getOrDefault(main, main);
      return guess(m.with(main, m.sector(), name, m.resolution().naming(name), m.how() + "; the article's state '" + name + "'"));
    }
    Mention only = DOMESTIC.contains(m.sector()) && !m.person() ? oneState(found, m) : null;
    if (only != null) {
      // "Syrian soldiers fired at protesters": with no place and no main state, the one state the sentence names
      return located(m, only.code(), only, m.how() + "; the sentence's one state '" + only.text() + "'");
    }
    return m;
  }

  /**
   * The one state the sentence's other mentions name, its people included ("Gadhafi" names Libya; no body such as the
   * UN), as a mention that is no person, or null.
   */
  private static Mention oneState(List<Mention> found, Mention m) {
    List<Mention> states = found.stream().filter(o -> o != m && o.code() != null && !"IGO".equals(o.sector())
        && !o.covers(m.head())).toList();
    boolean one = !states.isEmpty() && states.stream().allMatch(o -> o.code().equals(states.get(0).code()));
    return one ? states.stream().filter(o -> !o.person()).findFirst().orElse(null) : null;
  }

  /**
   * The state the article is about: named at least three times and at least twice as often as any other state
   * (bodies such as the UN not counted), over the whole article when {@link #read} was given it, else over what its
   * sentences have named so far; null when there is none.
   */
  private String mainState() {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : statesNamed.entrySet()) {
      int n = e.getValue();
      if (n > first) {
        second = first;
        first = n;
        best = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return first >= 3 && first >= 2 * second ? best : null;
  }

  /** Kinds of name that name a state or a place in one: what {@link #mainState()} counts. */
  private static final Set<KbEntry.Kind> STATE_NAMES = Set.of(KbEntry.Kind.COUNTRY, KbEntry.Kind.DEMONYM,
      KbEntry.Kind.CAPITAL, KbEntry.Kind.METONYM, KbEntry.Kind.PLACE);

  /**
   * Counts the states the whole article names (by name, adjective, capital or a place in them) before its sentences
   * are resolved, so that the article's main state is known from its first sentence on ("Syrian forces killed 24
   * civilians": the civilians of a story about Syria).
   */
  public void read(List<Sentence> all) {
    for (Sentence s : all) {
      List<Primitive> primitives = matcher.match(s, date);
      matched.put(s.index(), primitives); // the sentence's mentions are built from the same match
      for (Primitive p : primitives) {
        Set<String> codes = new HashSet<>();
        String name = null;
        for (KbEntry e : p.entries()) {
          if (STATE_NAMES.contains(e.kind()) && e.code() != null) {
            codes.add(e.code());
            name = e.kind() == KbEntry.Kind.COUNTRY || name == null ? e.name() : name;
          }
        }
        if (codes.size() == 1) {
          String code = codes.iterator().next();
          statesNamed.merge(code, 1, Integer::sum);
          if (name != null) {
            stateNames.putIfAbsent(code, name);
          }
        }
      }
    }
    primed = true;
  }

  /**
   * The person or body of a state whose possessive comes right before role noun {@code m} ("Gaddafi's forces", "the
   * UN's refugee chief"), or null; not for a counterpart, who is of another state ("Lavrov's counterpart").
   */
  private Mention possessor(Sentence s, Mention m) {
    int mark = m.start() - 1;
    while (mark > 0 && mark >= m.start() - 3 && modifier(s.tokens().get(mark).pos())) {
      mark--; // "the UN's humanitarian chief", "the UN's refugee chief"
    }
    if (previous == null || previous.code() == null || previous.place() || head(m).startsWith("counterpart")) {
      return null;
    }
    return mark >= 1 && previous.end() == mark && s.tokens().get(mark).pos().equals("POS") ? previous : null;
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady");

  /** A given name and a surname ("Valerie Amos"), not an honorific and a surname ("Mr Fayadh"). */
  private static boolean fullName(Mention m) {
    String[] words = m.text().split("\\s+");
    return words.length >= 2 && !HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** An adjective or common noun that modifies a title ("humanitarian", "refugee"). */
  private static boolean modifier(String pos) {
    return pos.startsWith("JJ") || pos.equals("NN");
  }

  /**
   * "EC foreign ministers issued a statement … the ministers called for more cooperation": a definite plural title
   * with no country of its own is the latest group of that title the article named with one.
   */
  private Mention definiteGroup(Sentence s, Mention m) {
    String head = head(m);
    if (m.person() || !m.resolution().title() || !head.endsWith("s") || m.start() == 0) {
      return null;
    }
    String before = s.tokens().get(m.start() - 1).word().toLowerCase(Locale.ROOT);
    return before.equals("the") || before.equals("these") ? groups.get(head) : null;
  }

  private static String head(Mention m) {
    return m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** {@code m}, remembered as a mention whose country the story's context guessed. */
  private Mention guess(Mention m) {
    guessed.add(m);
    return m;
  }

  /** A role noun or person given the country of {@code from}; a person keeps his own name. */
  private static Mention located(Mention m, String code, Mention from, String how) {
    return m.with(code, m.sector(), m.person() && m.name() != null ? m.name() : from.name(),
        m.resolution().naming(from.text()), how);
  }

  /**
   * The party or organisation named right before a title, over lower-case words of the post ("executive council")
   * and a short form in parentheses ("(LDP)"); null when something else stands between them.
   */
  private static Mention organisationBefore(Sentence s, List<Mention> found, Mention m) {
    var tokens = s.tokens();
    int k = m.start() - 1;
    for (int words = 0; k >= 0 && words < 3; words++) {
      var t = tokens.get(k);
      boolean lower = Character.isLowerCase(t.word().charAt(0)) && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
      if (!lower) {
        break;
      }
      k--;
    }
    if (k >= 2 && (tokens.get(k).word().equals(")") || tokens.get(k).word().equals("-RRB-"))) {
      k -= 3; // over "( LDP )"
    }
    int at = k;
    return at < 0 ? null : found.stream().filter(o -> o.covers(at) && o.code() != null && !o.place() && !o.person()
        && (o.via() == Via.GROUP || o.via() == Via.IGO)).findFirst().orElse(null);
  }

  /** "the Foreign Ministry official", "a senior minister": one person, not a body or a plural. */
  private static boolean singular(Mention m) {
    String head = head(m);
    boolean body = head.endsWith("ministry") || head.equals("treasury") || head.equals("embassy") || head.endsWith("ment");
    return !head.endsWith("s") && !body && m.resolution().title();
  }

  /** The place the sentence names, when every place it names lies in one state; else null. */
  private static Mention onePlace(List<Mention> found) {
    List<Mention> places = found.stream().filter(o -> o.place() && o.code() != null).toList();
    boolean one = !places.isEmpty() && places.stream().allMatch(o -> o.code().equals(places.get(0).code()));
    return one ? places.get(0) : null;
  }

  /** "unidentified jets", "foreign troops": the words before the role noun say its side is not known. */
  private static boolean unknownSide(Sentence s, Mention m) {
    for (int i = Math.max(0, m.start() - 2); i <= m.start() && i < s.tokens().size(); i++) {
      String w = s.tokens().get(i).word();
      boolean capitalized = i > 0 && Character.isUpperCase(w.charAt(0)); // "Foreign Ministry official" is a post
      if (UNKNOWN.contains(w.toLowerCase(Locale.ROOT)) && !capitalized) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dateline's state is a state the story is about: "AMMAN (Reuters) - Syrian forces killed …" is filed
   * from a neighbour about Syria, so the police and soldiers it names are not Jordan's. A story that has named another
   * state twice and the dateline's never does not stand on its dateline.
   */
  private boolean datelineStands() {
    return statesNamed.getOrDefault(dateline.code(), 0) > 0 || statesNamed.values().stream().noneMatch(n -> n >= 2);
  }

  /** A sentence that names a state other than the dateline's gives no ground to assume the dateline's. */
  private boolean mentionsOtherState(List<Mention> found) {
    return found.stream().anyMatch(o -> o.code() != null && !o.person() && !o.code().equals(dateline.code()));
  }

  /** The mention that starts right after "{@code prep} [the]" following {@code m}, or null. */
  static Mention after(Sentence s, List<Mention> found, Mention m, String prep) {
    int t = m.end();
    if (t >= s.tokens().size() || !s.tokens().get(t).word().equalsIgnoreCase(prep)) {
      return null;
    }
    t++;
    if (t < s.tokens().size() && s.tokens().get(t).word().equalsIgnoreCase("the")) {
      t++;
    }
    for (Mention o : found) {
      if (o.start() == t) {
        return o;
      }
    }
    return null;
  }

  private Mention remember(Mention m) {
    if (!primed && m.code() != null && (!m.person() || m.place()) && m.via() != Via.DATELINE && !guessed.contains(m)
        && !"IGO".equals(m.sector())) {
      statesNamed.merge(m.code(), 1, Integer::sum); // counted as read when the whole article was not given first
      stateNames.putIfAbsent(m.code(), m.name() != null ? m.name() : m.text());
    }
    if (m.person() && m.code() != null && m.name() != null && m.sector() != null) {
      bySurname.putIfAbsent(surname(m.name()), m);
      String[] words = m.name().trim().split("\\s+");
      if (words.length > 1) {
        byFirstName.putIfAbsent(words[0].toLowerCase(Locale.ROOT), m);
      }
    }
    if ((m.person() && m.code() != null && m.sector() != null) || titledPerson(m)) {
      lastPerson = m;
      people.remove(m);
      people.addFirst(m);
    } else if (m.person() && m.code() == null && m.via() != Via.PRONOUN) {
      // "Tiger Woods … He teed off", "Aisha Gaddafi said ... she": a person of no known side is still whom a later
      // "he" or "she" names, so the pronoun gets no side rather than that of someone named before
      lastPerson = m;
      people.remove(m);
      people.addFirst(m);
    }
    if (!m.person() && m.code() != null && m.code().length() == 3 && m.sector() == null) {
      lastCountry = m; // a state by its name, a place in it or its adjective, no body or group of it
      countrySentence = sentences;
    }
    if (!m.person() && !m.place() && m.code() != null) {
      lastState = m;
      if (m.resolution().title() && head(m).endsWith("s")) {
        groups.put(head(m), m);
      }
    }
    return m;
  }

  private static String surname(String name) {
    String[] w = name.trim().split("[\\s-]+");
    return w[w.length - 1].toLowerCase();
  }
}
