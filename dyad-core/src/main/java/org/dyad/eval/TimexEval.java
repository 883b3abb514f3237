package org.dyad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;
import org.dyad.util.Validate;

/**
 * Scores the temporal tagger on TimeML files ({@code dyad eval timex DIR}), TempEval-3 style.
 *
 * <p>Input: every {@code *.tml} under DIR; the first-level folder names the corpus (TimeBank,
 * AQUAINT). The text is the content of {@code <TEXT>} with tags removed and XML entities decoded;
 * the document date is the value of the {@code <DCT>} TIMEX3, which is not scored (as in
 * TempEval-3). Matching rules:
 * <ul>
 *   <li>relaxed extent: a system and a gold expression match when their character spans overlap;
 *       each expression matches at most once, gold expressions taking the earliest free overlap;
 *   <li>strict extent: a relaxed match whose start and end offsets are both equal;
 *   <li>precision = matches / system expressions, recall = matches / gold expressions, F1 their
 *       harmonic mean, for relaxed and strict extents;
 *   <li>value accuracy: share of relaxed matches with the gold DATE or TIME type whose values are
 *       equal; value accuracy (equivalent): the same with values that differ only in spelling taken
 *       as equal ({@link #equivalent}); type accuracy: share of all relaxed matches with the same type;
 *   <li>value F1 and type F1 (TempEval-3 attribute F1): relaxed F1 times the attribute's accuracy
 *       over all relaxed matches.
 * </ul>
 */
public final class TimexEval {
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d\\d-\\d\\d)");
  private static final Pattern BODY = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  // spellings of one value: a one-digit ISO week, a decade or century with its X, a full hour with ":00"
  private static final Pattern ONE_DIGIT_WEEK = Pattern.compile("^(\\d{4}-W)(\\d)(?!\\d)");
  private static final Pattern X_DECADE = Pattern.compile("^(\\d{3})X$|^(\\d{2})XX$");
  private static final Pattern FULL_HOUR = Pattern.compile("(T\\d\\d):00$");

  private TimexEval() {}

  /** Counts of one corpus (or of all), from which every figure is derived. */
  public record Counts(int gold, int system, int relaxed, int strict, int typeCorrect, int valueCorrect,
      int dateTimeMatched, int dateTimeValueCorrect, int dateTimeValueEquivalent) {

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, system + o.system, relaxed + o.relaxed, strict + o.strict,
          typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect,
          dateTimeMatched + o.dateTimeMatched, dateTimeValueCorrect + o.dateTimeValueCorrect,
          dateTimeValueEquivalent + o.dateTimeValueEquivalent);
    }

    /** The figures as a name → value map (precision, recall, F1, accuracies), rounded to 4 places. */
    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      f.put("relaxed_p", ratio(relaxed, system));
      f.put("relaxed_r", ratio(relaxed, gold));
      f.put("relaxed_f1", f1(relaxed));
      f.put("strict_p", ratio(strict, system));
      f.put("strict_r", ratio(strict, gold));
      f.put("strict_f1", f1(strict));
      f.put("value_accuracy", ratio(dateTimeValueCorrect, dateTimeMatched));
      f.put("value_accuracy_equiv", ratio(dateTimeValueEquivalent, dateTimeMatched));
      f.put("value_accuracy_all", ratio(valueCorrect, relaxed));
      f.put("type_accuracy", ratio(typeCorrect, relaxed));
      f.put("value_f1", round(f1(relaxed) * ratio(valueCorrect, relaxed)));
      f.put("type_f1", round(f1(relaxed) * ratio(typeCorrect, relaxed)));
      return f;
    }

    private double f1(int matched) {
      double p = ratio(matched, system);
      double r = ratio(matched, gold);
      return p + r == 0 ? 0 : round(2 * p * r / (p + r));
    }
  }

  /** Counts per corpus and overall, with a printable table. */
  public record Result(Map<String, Counts> corpora, Counts overall) {

    /** The figures per corpus and overall, for JSON output. */
    public Map<String, Map<String, Double>> toMap() {
      Map<String, Map<String, Double>> map = new LinkedHashMap<>();
      corpora.forEach((name, counts) -> map.put(name, counts.figures()));
      map.put("overall", overall.figures());
      return map;
    }

    /** A fixed-width table: one row per corpus and one for all, one column per figure. */
    public String table() {
      Map<String, Map<String, Double>> all = toMap();
      StringBuilder out = new StringBuilder(String.format("%-22s", "metric"));
      all.keySet().forEach(name -> out.append(String.format(" %9s", name)));
      out.append(String.format("%n%-22s", "gold / system"));
      all.keySet().forEach(name -> {
        Counts c = name.equals("overall") ? overall : corpora.get(name);
        out.append(String.format(" %9s", c.gold() + "/" + c.system()));
      });
      for (String metric : overall.figures().keySet()) {
        out.append(String.format("%n%-22s", metric));
        all.values().forEach(f -> out.append(String.format(" %9.3f", f.get(metric))));
      }
      return out.append('\n').toString();
    }
  }

  private record Gold(int start, int end, String type, String value) {}

  private record Document(String text, LocalDate dct, List<Gold> gold) {}

  /** Scores the tagger on every .tml file under {@code dir}. */
  public static Result run(Path dir) {
    return run(dir, line -> { });
  }

  /** Scores the tagger, reporting each miss, spurious expression and wrong value to {@code errors}. */
  public static Result run(Path dir, Consumer<String> errors) {
    Validate.isTrue(Files.isDirectory(dir), "dir", dir, "must be a directory");
    TemporalTagger tagger = new TemporalTagger();
    Map<String, Counts> corpora = new LinkedHashMap<>();
    for (Path file : tmlFiles(dir)) {
      String corpus = dir.relativize(file).getNameCount() > 1 ? dir.relativize(file).getName(0).toString() : "all";
      Counts counts = score(parse(file), tagger, file.getFileName().toString(), errors);
      corpora.merge(corpus, counts, Counts::plus);
    }
    Counts overall = corpora.values().stream().reduce(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0), Counts::plus);
    return new Result(corpora, overall);
  }

  private static List<Path> tmlFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  private static Counts score(Document doc, TemporalTagger tagger, String name, Consumer<String> errors) {
    List<Timex> system = new ArrayList<>(tagger.tag(doc.text(), doc.dct()));
    int[] c = new int[7];
    for (Gold g : doc.gold()) {
      Timex s = takeOverlap(system, g);
      if (s == null) {
        errors.accept(name + "\tMISS\t" + g.type() + "\t" + g.value() + "\t" + span(doc, g.start(), g.end()));
        continue;
      }
      tally(c, g, s, doc, name, errors);
    }
    system.forEach(s -> errors.accept(name + "\tSPURIOUS\t" + s.type() + "\t" + s.value() + "\t" + span(doc, s.start(), s.end())));
    return new Counts(doc.gold().size(), c[0] + system.size(), c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  private static void tally(int[] c, Gold g, Timex s, Document doc, String name, Consumer<String> errors) {
    boolean dateTime = g.type().equals("DATE") || g.type().equals("TIME");
    boolean valueOk = g.value().equals(s.value());
    c[0]++;
    c[1] += g.start() == s.start() && g.end() == s.end() ? 1 : 0;
    c[2] += g.type().equals(s.type()) ? 1 : 0;
    c[3] += valueOk ? 1 : 0;
    c[4] += dateTime ? 1 : 0;
    c[5] += dateTime && valueOk ? 1 : 0;
    c[6] += dateTime && equivalent(g.value(), s.value()) ? 1 : 0;
    if (!valueOk || g.start() != s.start() || g.end() != s.end()) {
      errors.accept(name + "\t" + (valueOk ? "EXTENT" : "VALUE") + "\t" + g.type() + "\t" + g.value() + " vs " + s.value()
          + "\t" + span(doc, g.start(), g.end()) + " vs " + s.text() + "\t" + doc.dct());
    }
  }

  /**
   * Whether two TimeML values are the same value spelled differently: an ISO week with or without its
   * leading zero (2000-W7, 2000-W07), a decade or century with or without its X (198X, 198; 19XX, 19),
   * a full hour with or without its minutes (T17, T17:00). A different granularity (1949-XX, 1949) is
   * a different value.
   */
  public static boolean equivalent(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private static String canonical(String value) {
    String v = ONE_DIGIT_WEEK.matcher(value).replaceFirst(m -> m.group(1) + "0" + m.group(2));
    v = X_DECADE.matcher(v).replaceFirst(m -> m.group(1) != null ? m.group(1) : m.group(2));
    return FULL_HOUR.matcher(v).replaceFirst("$1");
  }

  private static Timex takeOverlap(List<Timex> system, Gold g) {
    for (int i = 0; i < system.size(); i++) {
      Timex s = system.get(i);
      if (s.start() < g.end() && g.start() < s.end()) {
        return system.remove(i);
      }
    }
    return null;
  }

  private static String span(Document doc, int start, int end) {
    String context = doc.text().substring(Math.max(0, start - 40), Math.min(doc.text().length(), end + 30));
    return "[" + doc.text().substring(start, end) + "]\t" + context.replaceAll("\\s+", " ");
  }

  private static Document parse(Path file) {
    String xml;
    try {
      xml = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    Matcher dct = DCT.matcher(xml);
    Matcher body = BODY.matcher(xml);
    Validate.isTrue(dct.find() && body.find(), "file", file, "must hold a <DCT> TIMEX3 and a <TEXT> element");
    return strip(body.group(1), LocalDate.parse(dct.group(1)));
  }

  // removes the markup, decoding entities, and keeps each TIMEX3's offsets in the plain text
  private static Document strip(String markup, LocalDate dct) {
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Map<String, String> open = null;
    int openAt = 0;
    int last = 0;
    Matcher tag = TAG.matcher(markup);
    while (tag.find()) {
      text.append(decode(markup.substring(last, tag.start())));
      last = tag.end();
      if (tag.group(2).equals("TIMEX3") && tag.group(1).isEmpty()) {
        open = attributes(tag.group(3));
        openAt = text.length();
      } else if (tag.group(2).equals("TIMEX3") && open != null) {
        gold.add(new Gold(openAt, text.length(), open.get("type"), open.getOrDefault("value", "")));
        open = null;
      }
    }
    text.append(decode(markup.substring(last)));
    return new Document(text.toString(), dct, gold);
  }

  private static Map<String, String> attributes(String source) {
    Map<String, String> map = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(source);
    while (m.find()) {
      map.put(m.group(1), m.group(2));
    }
    return map;
  }

  private static String decode(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : round((double) a / b);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
