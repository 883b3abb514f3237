package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

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
    DependencyParser parser = DependencyParser.loadFromModelFile(MODEL, new Properties());
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
      double[] want = stock.computeScores(feature);
      double[] got = fast.computeScores(feature);
      assertEquals(want.length, got.length);
      for (int i = 0; i < want.length; i++) {
        assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "vector " + n + " label " + i);
      }
    }
  }

  @Test
  void parsesASentenceAsTheStockParserDoes() throws Exception {
    DependencyParser stock = DependencyParser.loadFromModelFile(MODEL, new Properties());
    DependencyParser fast = DependencyParser.loadFromModelFile(MODEL, new Properties());
    FastScores.install(fast);
    var words = edu.stanford.nlp.ling.SentenceUtils.toTaggedList(
        List.of("Russia", "warned", "the", "United", "States", "it", "would", "retaliate", "."),
        List.of("NNP", "VBD", "DT", "NNP", "NNPS", "PRP", "MD", "VB", "."));
    assertArrayEquals(stock.predict(words).typedDependencies().toArray(),
        fast.predict(words).typedDependencies().toArray());
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
