package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast forward pass gives CoreNLP's scores to the last bit, so every parse stays the same. */
class FastScoresIT {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  @Test
  void scoresEveryFeatureVectorBitForBitAsCoreNlpDoes() throws Exception {
    DependencyParser parser = stockParser();
    Classifier stock = classifier(parser);
    FastScores.install(parser);
    Classifier fast = classifier(parser);
    assertNotSame(stock, fast);
    @SuppressWarnings("unchecked")
    List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
    List<List<Integer>> precomputedAt = new java.util.ArrayList<>();
    for (int j = 0; j < 48; j++) {
      int at = j;
      precomputedAt.add(pre.stream().filter(index -> index % 48 == at).map(index -> index / 48).toList());
    }
    int vocabulary = stock.getE().length;
    Random random = new Random(21);
    for (int n = 0; n < 3000; n++) {
      int[] feature = new int[48];
      for (int j = 0; j < feature.length; j++) {
        // a mix of precomputed features and others, some repeated so the slice cache is read as well as filled
        List<Integer> toks = precomputedAt.get(j);
        feature[j] = random.nextBoolean() && !toks.isEmpty() ? toks.get(random.nextInt(toks.size()))
            : random.nextInt(4) == 0 ? random.nextInt(50) : random.nextInt(vocabulary);
      }
      while (feature[19] == parser.getPosID(Config.NULL) || feature[19] == parser.getPosID(Config.ROOT)) {
        feature[19] = random.nextInt(50); // a state with more than two words on the stack: scored, not a forced shift
      }
      double[] want = stock.computeScores(feature);
      double[] got = fast.computeScores(feature);
      assertEquals(want.length, got.length);
      for (int i = 0; i < want.length; i++) {
        assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "vector " + n + " label " + i);
      }
    }
  }

  @Test
  void parsesNewsSentencesAsTheStockParserDoes() throws Exception {
    DependencyParser stock = stockParser();
    DependencyParser fast = FastScores.load(MODEL);
    assertNotSame(classifier(stock), classifier(fast));
    assertTrue(FastScores.onlyShiftMove(fast) >= 0, "arc-standard with a single root: forced shifts are skipped");
    String text = """
        Russia warned the United States on Monday that it would retaliate if Washington imposed new sanctions.
        The talks ended without an agreement. "We will not leave this unanswered," Lavrov told reporters in Moscow.
        Obama met Medvedev. Rebels said they had seized the town of Brega after heavy fighting overnight, and NATO
        aircraft struck government tanks near Misrata. Asked whether Japan was expected to retaliate, officials
        declined to comment. Britain, France and the U.S. called for an immediate ceasefire; China abstained.
        Yes. In high-level talks last week, the U.S. criticised Japan's fiscal policy. Gaddafi's forces shelled
        Ajdabiya, residents said, as the Security Council met behind closed doors to discuss a no-fly zone.
        """;
    int sentences = 0;
    for (org.dyad.nlp.Sentence s : org.dyad.nlp.Nlp.shared().annotate(text)) {
      var words = edu.stanford.nlp.ling.SentenceUtils.toTaggedList(
          s.tokens().stream().map(org.dyad.nlp.Token::word).toList(),
          s.tokens().stream().map(org.dyad.nlp.Token::pos).toList());
      assertEquals(stock.predict(words).typedDependencies().toString(), fast.predict(words).typedDependencies().toString(),
          s.text());
      sentences++;
    }
    assertEquals(10, sentences);
  }

  private static DependencyParser stockParser() {
    DependencyParser p = new DependencyParser(new Properties());
    p.loadModelFile(MODEL, false);
    return p;
  }

  private static Classifier classifier(DependencyParser p) throws ReflectiveOperationException {
    return (Classifier) field(DependencyParser.class, "classifier").get(p);
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
