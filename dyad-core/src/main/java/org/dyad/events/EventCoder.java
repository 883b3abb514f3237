package org.dyad.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorSentence;
import org.dyad.actors.Actors;
import org.dyad.actors.ArticleActors;
import org.dyad.actors.Mention;
import org.dyad.dictionary.Dictionaries;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventExplanation;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Sentence;
import org.dyad.model.EventStatus;

/**
 * Codes the events an article reports: who did what to whom (CAMEO, PLOVER, Goldstein), with what
 * status, when and where. Thread-safe; the CoreNLP pipeline and the lexicons are shared.
 */
public final class EventCoder {
  /** What this stage provides to later ones: the annotation it runs and reads, and its events. */
  public static final Set<String> PROVIDES = Set.of("tokens", "pos", "lemmas", "ner", "mentions", "events");
  private final Nlp nlp;
  private final Actors actors;
  private final CameoTable cameo = CameoTable.standard();
  private final Lexicon lexicon;
  private final SentenceCoder sentences;

  /** A coder on the JVM's shared pipeline and knowledge base. */
  public EventCoder() {
    this(Nlp.shared(), Actors.shared());
  }

  /** A coder on the JVM's shared pipeline whose lexicon and actors are dyad's with the user's dictionaries added. */
  public EventCoder(Dictionaries user) {
    this(Nlp.shared(), user.actors().isEmpty() ? Actors.shared() : Actors.withUser(user.actors()),
        new Lexicon(user.lexicon()));
  }

  EventCoder(Nlp nlp, Actors actors) {
    this(nlp, actors, new Lexicon());
  }

  private EventCoder(Nlp nlp, Actors actors, Lexicon lexicon) {
    this.nlp = nlp;
    this.actors = actors;
    this.lexicon = lexicon;
    this.sentences = new SentenceCoder(cameo, lexicon);
  }

  /** The events of an article. */
  public List<Event> code(Article a) {
    return codeWithSentences(a.id(), a.outlet(), a.published(), a.dateline(), a.text()).events().stream()
        .map(EventExplanation::event).toList();
  }

  /** The events of a text; {@code published} is an ISO date or date-time, or null. */
  public List<Event> code(String articleId, String outlet, String published, String text) {
    return explain(articleId, outlet, published, text).stream().map(EventExplanation::event).toList();
  }

  /** The events of a text, each with the mentions, lexicon entry, pattern and cues that coded it. */
  public List<EventExplanation> explain(String articleId, String outlet, String published, String text) {
    return codeWithSentences(articleId, outlet, published, text).events();
  }

  /**
   * The events of a text and its annotated sentences with their mentions, parsed where the coder parsed them,
   * so later stages (quotes) read the same annotation without running CoreNLP again.
   */
  public Coded codeWithSentences(String articleId, String outlet, String published, String text) {
    return codeWithSentences(articleId, outlet, published, null, text);
  }

  /** As {@link #codeWithSentences(String, String, String, String)}, for an article datelined at {@code dateline}. */
  public Coded codeWithSentences(String articleId, String outlet, String published, String dateline, String text) {
    LocalDate dct = dct(published);
    ArticleActors resolver = actors.forArticle(dct, dateline);
    ArticleState state = new ArticleState(dct);
    List<EventExplanation> out = new ArrayList<>();
    List<ActorSentence> annotated = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Meta meta = new Meta(articleId, outlet, published);
    List<Sentence> all = nlp.annotate(text);
    resolver.read(all);
    for (Sentence raw : all) {
      List<Mention> mentions = resolver.mentions(raw);
      Sentence s = candidate(raw, mentions, state) || sentences.continues(raw, state) ? nlp.parse(raw) : raw;
      annotated.add(new ActorSentence(s, mentions));
      Tree tree = new Tree(s, Possessives.resolve(s, mentions));
      boolean openBefore = state.quoteOpen();
      if (opensQuote(s)) {
        state.quoteOpens();
      }
      try {
        codeSentence(meta, tree, state, out);
      } catch (RuntimeException e) {
        // one odd sentence (a parse the rules did not foresee) must not cost the article its other events; it is
        // counted, so a rule that starts failing shows in the ingest's warnings instead of silently in the figures
        failures.add("sentence " + s.index() + ": " + e);
        state.nextSentence(null, false, null);
        continue;
      }
      Mention speaker = s.parsed() ? sentences.speakers().anySpeaker(tree) : null;
      boolean open = Speakers.quoteOpen(s, openBefore);
      state.nextSentence(open ? (speaker != null ? speaker : state.quoteSpeaker()) : null, open, speaker);
    }
    return new Coded(out, annotated, failures);
  }

  /**
   * What the coder made of one text.
   *
   * @param events the events with their explanations
   * @param sentences every sentence with its mentions, parsed where the coder needed a parse
   * @param failures the sentences whose coding failed with an exception (index and exception), which gave no event
   */
  public record Coded(List<EventExplanation> events, List<ActorSentence> sentences, List<String> failures) {
    public Coded {
      events = List.copyOf(events);
      sentences = List.copyOf(sentences);
      failures = List.copyOf(failures);
    }
  }

  private void codeSentence(Meta meta, Tree tree, ArticleState state, List<EventExplanation> out) {
    Sentence s = tree.sentence();
    List<Draft> drafts = s.parsed() ? sentences.code(tree, state) : List.of();
    for (Draft d : dedupe(drafts)) {
      out.add(explanation(meta, s, tree.mentions(), d));
      record(state, d);
    }
  }

  /**
   * Parse only sentences naming an actor and a word that may become a trigger (a sentence naming two actors
   * but no event word, or an event word only inside a name such as "Security Council", cannot yield an event,
   * so it is not parsed), or opening a quotation whose speaker later sentences need.
   */
  private boolean candidate(Sentence s, List<Mention> mentions, ArticleState state) {
    boolean actor = mentions.stream().anyMatch(m -> !m.place() && m.code() != null);
    return actor && (sentences.mayHaveTrigger(s, mentions) || Speakers.quoteOpen(s, state.quoteOpen()));
  }

  /** Whether the sentence begins with a quotation mark. */
  private static boolean opensQuote(Sentence s) {
    String w = s.tokens().isEmpty() ? "" : s.tokens().get(0).word();
    return w.equals("\"") || w.equals("``") || w.equals("\u201c");
  }

  private static void record(ArticleState state, Draft d) {
    state.dated(d.date());
    boolean dyadic = d.source() != null && d.target() != null && d.source().code() != null && d.target().code() != null;
    if (dyadic && !d.source().code().equals(d.target().code())) {
      state.dyad(d.source(), d.target());
      state.act(d.source(), SentenceCoder.root(d.trigger().entry().code()), d.target());
    }
    if (d.source() != null && d.target() != null && CameoTable.standard().meeting(d.code())) {
      state.meeting(d.source(), d.target());
    }
  }

  private List<Draft> dedupe(List<Draft> drafts) {
    Map<String, Draft> best = new LinkedHashMap<>();
    for (Draft d : drafts) {
      best.merge(d.key(), d, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    List<Draft> all = List.copyOf(best.values());
    return all.stream().filter(d -> !partOfFuller(d, all)).toList();
  }

  /**
   * "On the sidelines of the summit, Lavrov met Clinton": the summit, with Lavrov alone, is the meeting already
   * coded with both sides — a one-sided draft of the same type and side as a two-sided one in the sentence.
   */
  private boolean partOfFuller(Draft d, List<Draft> all) {
    if (d.source() != null && d.target() != null) {
      return false;
    }
    String plover = cameo.get(d.code()).plover();
    Mention side = d.source() != null ? d.source() : d.target();
    return all.stream().anyMatch(o -> o != d && o.source() != null && o.target() != null
        && cameo.get(o.code()).plover().equals(plover) && side != null && side.code() != null
        && (side.code().equals(o.source().code()) || side.code().equals(o.target().code())));
  }

  private record Meta(String articleId, String outlet, String published) {}

  private EventExplanation explanation(Meta m, Sentence s, List<Mention> mentions, Draft d) {
    CameoTable.Code c = cameo.get(d.code());
    Status status = d.status();
    if (c.reportsPlanned() && status.value() == EventStatus.OCCURRED) {
      List<String> cues = new ArrayList<>(status.cues());
      cues.add("CAMEO " + c.code() + " states an intent → planned");
      status = new Status(EventStatus.PLANNED, cues, status.intent(), status.announced());
    }
    Event e = Event.builder().id(id(m.articleId(), s.index(), d)).articleId(m.articleId()).outlet(m.outlet())
        .published(m.published()).sentence(s.text()).sentenceIndex(s.index()).span(s.begin(), s.end())
        .source(d.source() == null ? null : d.source().actor()).target(d.target() == null ? null : d.target().actor())
        .plover(c.plover()).mode(c.mode()).cameo(c.code()).intensity(c.goldstein()).status(status.value())
        .date(d.date().value()).datePrecision(d.date().precision()).dateText(d.date().text()).location(d.location())
        .confidence(round(d.confidence())).build();
    List<String> ms = mentions.stream().map(Mention::explain).toList();
    return new EventExplanation(e, ms, d.trigger().entry().describe() + " @ '" + s.tokens().get(d.trigger().token()).word() + "'",
        d.pattern(), status.cues(), d.date().cue());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static LocalDate dct(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (RuntimeException e) {
      return null; // an unparsable date counts as unknown, never guessed
    }
  }

  private static String id(String articleId, int sentence, Draft d) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-1");
      byte[] h = sha.digest((articleId + "|" + sentence + "|" + d.key()).getBytes(StandardCharsets.UTF_8));
      return "e-" + HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JVM", e);
    }
  }
}
