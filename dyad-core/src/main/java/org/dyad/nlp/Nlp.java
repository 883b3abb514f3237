package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stanford CoreNLP with lean settings: tokens, sentences, POS, lemmas and 3-class NER for every
 * sentence; a dependency parse only for the sentences the caller asks for. One instance per JVM,
 * safe to use from several threads.
 */
public final class Nlp {
  private static volatile Nlp shared;
  private final StanfordCoreNLP split;
  private final StanfordCoreNLP lean;
  // NER alone, run on the sentences that name something (see annotate)
  private final StanfordCoreNLP ner;
  // the parser itself rather than CoreNLP's depparse annotator, which converts every parse into five graph
  // flavours; we read only enhanced++ (the throughput profile put the other four at ~15 % of parse time)
  private final DependencyParser parser;
  // running totals for the throughput benchmark; adders, so the pipeline threads never contend on them
  private final LongAdder sentences = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder parsed = new LongAdder();

  private Nlp() {
    split = new StanfordCoreNLP(splitProperties());
    lean = new StanfordCoreNLP(leanProperties(), false);
    ner = new StanfordCoreNLP(nerProperties(), false);
    // the same parses, computed ~3x faster (the parser's forward pass was ~60 % of an ingest's CPU)
    parser = edu.stanford.nlp.parser.nndep.FastScores.load(PARSER_MODEL);
  }

  /** The one pipeline of this JVM, loaded on first use (takes a few seconds). */
  public static Nlp shared() {
    if (shared == null) {
      synchronized (Nlp.class) {
        if (shared == null) {
          shared = new Nlp();
        }
      }
    }
    return shared;
  }

  static Properties splitProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // untokenizable characters (control characters of scraped pages) are dropped as before, but without the
    // "PTBLexer - Untokenizable" warning on stderr, which tells a user nothing they could act on
    p.setProperty("tokenize.options", "americanize=false,invertible=true,untokenizable=noneDelete");
    return p;
  }

  /** POS and lemmas, run on the tokens of {@link #splitProperties()} once {@link WireCase} has mended them. */
  static Properties leanProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma");
    return p;
  }

  static Properties nerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    // the 3-class model alone: SUTime, numeric and fine-grained classifiers cost ~10x the time
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /** The model CoreNLP's depparse annotator loads by default (English Universal Dependencies). */
  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** Tokens, sentences, POS, lemmas and NER of {@code text}; no parse yet. */
  public List<Sentence> annotate(String text) {
    Annotation doc = new Annotation(text);
    split.annotate(doc);
    WireCase.mend(doc.get(CoreAnnotations.TokensAnnotation.class));
    lean.annotate(doc);
    Infinitives.mend(doc.get(CoreAnnotations.TokensAnnotation.class));
    recogniseNames(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(toSentence(out.size(), s, text));
      tokens.add(out.get(out.size() - 1).tokens().size());
    }
    sentences.add(out.size());
    return out;
  }

  /**
   * NER on the sentences that may name someone only; the others get "O". dyad reads only PERSON, and only on
   * capitalised words or proper nouns, so a sentence without either loses nothing, and a news text has many
   * ("The talks ended without an agreement."). The CRF labels each sentence on its own, so the named
   * sentences get the labels a whole-document run gives them.
   */
  private void recogniseNames(Annotation doc) {
    List<CoreMap> named = new ArrayList<>();
    List<CoreLabel> namedTokens = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (mayName(tokens)) {
        named.add(s);
        namedTokens.addAll(tokens);
      } else {
        tokens.forEach(l -> l.setNER("O"));
      }
    }
    if (!named.isEmpty()) {
      Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
      sub.set(CoreAnnotations.SentencesAnnotation.class, named);
      sub.set(CoreAnnotations.TokensAnnotation.class, namedTokens);
      ner.annotate(sub);
    }
  }

  /** A proper noun, or a capitalised word after the first (the tagger calls some names NN: "May 14 - Obama slams"). */
  private static boolean mayName(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel l = tokens.get(i);
      boolean capital = i > 0 && !l.word().isEmpty() && Character.isUpperCase(l.word().charAt(0));
      if (capital || (l.tag() != null && l.tag().startsWith("NNP"))) {
        return true;
      }
    }
    return false;
  }

  /** The same sentence with its dependency parse (enhanced++ UD relations; reduced relatives mended, see {@link ReducedRelatives}). */
  public Sentence parse(Sentence s) {
    if (s.parsed() || s.tokens().isEmpty()) {
      return s;
    }
    CoreMap map = new Annotation(s.text());
    map.set(CoreAnnotations.TokensAnnotation.class, toLabels(s));
    map.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    GrammaticalStructure gs = parser.predict(map);
    parsed.increment();
    // the same call and settings (no extra dependencies) the depparse annotator makes for this flavour
    SemanticGraph g = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
        OpenClauses.mend(s.tokens(), ReducedRelatives.mend(s.tokens(), toDeps(g))));
  }

  /** Sentences and tokens annotated, and sentences parsed, by this JVM's pipeline so far. */
  public Counts counts() {
    return new Counts(sentences.sum(), tokens.sum(), parsed.sum());
  }

  /**
   * Work done by the pipeline since it was loaded.
   *
   * @param sentences sentences annotated
   * @param tokens tokens annotated
   * @param parsed sentences given a dependency parse
   */
  public record Counts(long sentences, long tokens, long parsed) {
    /** The work done between {@code before} and this count. */
    public Counts minus(Counts before) {
      return new Counts(sentences - before.sentences, tokens - before.tokens, parsed - before.parsed);
    }
  }

  private static Sentence toSentence(int index, CoreMap s, String text) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new Token(tokens.size(), l.word(), l.lemma(), l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, begin, end, text.substring(begin, end), tokens, List.of());
  }

  private static List<CoreLabel> toLabels(Sentence s) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : s.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setLemma(t.lemma());
      l.setTag(t.pos());
      l.setNER(t.ner());
      l.setIndex(t.index() + 1);
      l.setSentIndex(0);
      l.setBeginPosition(t.begin() - s.begin());
      l.setEndPosition(t.end() - s.begin());
      labels.add(l);
    }
    return labels;
  }

  private static List<Dep> toDeps(SemanticGraph g) {
    List<Dep> deps = new ArrayList<>();
    if (g == null) {
      return deps;
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      deps.add(new Dep(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    for (var root : g.getRoots()) {
      deps.add(new Dep(-1, root.index() - 1, "root"));
    }
    return deps;
  }
}
