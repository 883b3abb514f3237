package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The nndep parser's forward pass with exactly CoreNLP's arithmetic (the same float and double operations on
 * each hidden unit and score, in the same order, so the same bits and the same parses), laid out so the JIT can
 * vectorise it: the output layer and the first layer are stored transposed and walked unit by unit, the
 * precomputed features are found in an int hash table instead of a boxed HashMap, and the slices of the other
 * features are kept in a lock-free cache far larger than CoreNLP's 5,000 (a cached slice is the slice recomputed,
 * so the cache size changes no result). A state that allows only a shift is not scored at all. The throughput
 * profile put {@code Classifier.computeScores} at 88 % of the parse and ~60 % of an ingest's CPU (docs/throughput.md).
 * It lives in CoreNLP's package because the method it replaces is package-private; {@link #load} loads a parser
 * with it.
 */
public final class FastScores extends Classifier {
  // the feature count CoreNLP's Classifier hard-codes for its feature index (tok * 48 + position)
  private static final int FEATURES = 48;
  private static final int CACHE_BITS = 17;
  // where the feature vector holds the POS of the second word on the stack and of the first in the buffer
  private static final int S1_POS = 19;
  private static final int B0_POS = 21;
  private final int hiddenSize;
  private final int embeddingSize;
  private final int labels;
  private final float[][] embeddings;
  private final float[] bias;
  // w1t[position * embeddingSize + k][i] = W1[i][position * embeddingSize + k]
  private final float[][] w1t;
  // w2t[j][label] = W2[label][j], widened to double as dotProduct widens it
  private final double[][] w2t;
  private final double[][] saved;
  private final int[] preKeys;
  private final int[] preIds;
  private final Slice[] slices = new Slice[1 << CACHE_BITS];
  private final int nullPos;
  private final int rootPos;
  // the scores of a state whose only legal move is a shift: 0 for the shift, -infinity for the others, so the
  // parser's arg-max over legal moves (which starts from -infinity) picks the shift it would have picked anyway
  private final double[] onlyShift;
  private final boolean forcedShifts;

  /** A first-layer slice for one feature index; immutable, so a racy cache read sees it whole. */
  private record Slice(int index, float[] values) {}

  private FastScores(Config config, Classifier stock, List<Integer> preComputed, DependencyParser parser,
      int shift) throws ReflectiveOperationException {
    super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), preComputed);
    nullPos = parser.getPosID(Config.NULL);
    rootPos = parser.getPosID(Config.ROOT);
    onlyShift = new double[stock.getW2().length];
    java.util.Arrays.fill(onlyShift, Double.NEGATIVE_INFINITY);
    forcedShifts = shift >= 0;
    if (forcedShifts) {
      onlyShift[shift] = 0;
    }
    hiddenSize = config.hiddenSize;
    embeddingSize = config.embeddingSize;
    embeddings = stock.getE();
    bias = stock.getb1();
    labels = stock.getW2().length;
    w2t = widenedTranspose(stock.getW2());
    w1t = transpose(stock.getW1());
    saved = (double[][]) field(Classifier.class, "saved").get(stock);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(stock);
    int size = Integer.highestOneBit(Math.max(16, preMap.size() * 4));
    preKeys = new int[size];
    preIds = new int[size];
    java.util.Arrays.fill(preKeys, -1);
    preMap.forEach(this::putPrecomputed);
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int c = 0; c < m[i].length; c++) {
        t[c][i] = m[i][c];
      }
    }
    return t;
  }

  private static double[][] widenedTranspose(float[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int c = 0; c < m[i].length; c++) {
        t[c][i] = m[i][c];
      }
    }
    return t;
  }

  private void putPrecomputed(int key, int id) {
    int mask = preKeys.length - 1;
    int slot = slot(key, mask);
    while (preKeys[slot] != -1) {
      slot = (slot + 1) & mask;
    }
    preKeys[slot] = key;
    preIds[slot] = id;
  }

  /**
   * A parser of its own (not CoreNLP's shared cache, so a plain CoreNLP pipeline in the same JVM, such as the
   * throughput baseline, keeps the stock classifier) loaded from {@code model}, with this classifier installed.
   */
  public static DependencyParser load(String model) {
    DependencyParser parser = new DependencyParser(new java.util.Properties());
    parser.loadModelFile(model, false);
    install(parser);
    return parser;
  }

  /** Replaces the classifier of a loaded parser with this one; its parses stay the same. */
  static void install(DependencyParser parser) {
    try {
      Field classifier = field(DependencyParser.class, "classifier");
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      Classifier stock = (Classifier) classifier.get(parser);
      if (config.numCached == 0 || field(Classifier.class, "saved").get(stock) == null) {
        throw new IllegalStateException("nndep classifier without a slice cache or precomputed features: the fast "
            + "forward pass reproduces only CoreNLP's default path");
      }
      classifier.set(parser, new FastScores(config, stock, pre, parser, onlyShiftMove(parser)));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's nndep classifier changed: " + e, e);
    }
  }

  /**
   * The index of the shift among the parser's moves when a state with at most two words on the stack (the root
   * and one more) and a word in the buffer allows nothing but a shift, as arc-standard with a single root does
   * (a left arc needs three words on the stack, a right arc three, or two and an empty buffer); -1 otherwise.
   */
  static int onlyShiftMove(DependencyParser parser) throws ReflectiveOperationException {
    Object system = field(DependencyParser.class, "system").get(parser);
    if (!(system instanceof ArcStandard) || !(boolean) field(ArcStandard.class, "singleRoot").get(system)) {
      return -1;
    }
    return ((ArcStandard) system).transitions.indexOf("S");
  }

  @Override
  double[] computeScores(int[] feature) {
    int s1 = feature[S1_POS];
    if (forcedShifts && (s1 == nullPos || s1 == rootPos) && feature[B0_POS] != nullPos) {
      return onlyShift.clone(); // a forced shift: the scores would be computed and ignored
    }
    double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * FEATURES + j;
      int id = preId(index);
      if (id >= 0) {
        double[] row = saved[id];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      } else {
        float[] slice = slice(index, tok, offset);
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i] + bias[i];
      hidden[i] = h * h * h;
    }
    double[] scores = new double[labels];
    for (int j = 0; j < hiddenSize; j++) {
      double h = hidden[j];
      double[] row = w2t[j];
      for (int l = 0; l < labels; l++) {
        scores[l] += h * row[l];
      }
    }
    return scores;
  }

  /** CoreNLP's matrixMultiplySlice: per hidden unit a double sum, from 0, of float products, rounded to float. */
  private float[] slice(int index, int tok, int offset) {
    int at = slot(index, slices.length - 1);
    Slice cached = slices[at];
    if (cached != null && cached.index() == index) {
      return cached.values();
    }
    float[] e = embeddings[tok];
    double[] sum = new double[hiddenSize];
    for (int k = 0; k < e.length; k++) {
      float ek = e[k];
      float[] row = w1t[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        sum[i] += row[i] * ek;
      }
    }
    float[] values = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      values[i] = (float) sum[i];
    }
    slices[at] = new Slice(index, values);
    return values;
  }

  private int preId(int index) {
    if (index < 0) {
      return -1;
    }
    int mask = preKeys.length - 1;
    for (int slot = slot(index, mask); ; slot = (slot + 1) & mask) {
      int key = preKeys[slot];
      if (key == index) {
        return preIds[slot];
      }
      if (key == -1) {
        return -1;
      }
    }
  }

  private static int slot(int key, int mask) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
