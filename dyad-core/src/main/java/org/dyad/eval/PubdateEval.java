package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;

/**
 * Scores publication dates on a folder of {@code html/FILE} pages with {@code truth.json} ({@code {file: {url,
 * date}}}): accuracy over all pages, precision over the pages given a date, and the share given one.
 */
public final class PubdateEval {
  private PubdateEval() {}

  /**
   * One page: its true day ({@code null} when a person found none on it), the day dyad gave ({@code null} for
   * none) and where dyad took it from.
   */
  public record Page(String file, String url, String truth, String ours, String from) {
    /** True when dyad's day is the true day, or when neither the page nor dyad has one (as htmldate scores). */
    public boolean right() {
      return java.util.Objects.equals(ours, truth);
    }

    /** True when dyad gave a day other than the true one, or one for a page without any. */
    public boolean wrong() {
      return ours != null && !ours.equals(truth);
    }
  }

  /** The pages of one run, in the order of {@code truth.json}. */
  public record Result(List<Page> pages) {
    public Result {
      pages = List.copyOf(pages);
    }

    /** Pages whose day is right, undated pages left undated included. */
    public long right() {
      return pages.stream().filter(Page::right).count();
    }

    /** Pages given the right day. */
    public long rightReturned() {
      return pages.stream().filter(p -> p.ours() != null && p.right()).count();
    }

    /** Pages with a true day. */
    public long dated() {
      return pages.stream().filter(p -> p.truth() != null).count();
    }

    /** Pages given any day. */
    public long returned() {
      return pages.stream().filter(p -> p.ours() != null).count();
    }

    /** The pages a person found a date on; the figures the issue quotes (0.856 / 0.944) are over these. */
    public Result datedOnly() {
      return new Result(pages.stream().filter(p -> p.truth() != null).toList());
    }

    /** Right pages over all pages. */
    public double accuracy() {
      return pages.isEmpty() ? 0 : right() / (double) pages.size();
    }

    /** Right pages over the pages given a day; 1 when none was given (no date is never wrong). */
    public double precision() {
      return returned() == 0 ? 1 : rightReturned() / (double) returned();
    }

    /** Pages given a day over all pages. */
    public double returnedShare() {
      return pages.isEmpty() ? 0 : returned() / (double) pages.size();
    }

    /** Renders the figures, then every wrong and every undated page, as plain text for the CLI. */
    public String table() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "pages      %d  (%d with a true date)%naccuracy   %.4f  (%d/%d)%nprecision  %.4f  (%d/%d)%n"
          + "returned   %.4f  (%d/%d)%n", pages.size(), dated(), accuracy(), right(), pages.size(), precision(),
          rightReturned(), returned(), returnedShare(), returned(), pages.size()));
      Result dated = datedOnly();
      out.append(String.format(Locale.ROOT, "dated only accuracy %.4f  precision %.4f  returned %.4f  (%d pages)%n",
          dated.accuracy(), dated.precision(), dated.returnedShare(), dated.pages().size()));
      out.append(String.format(Locale.ROOT, "%nwrong pages (file, ours, truth, published_from)%n"));
      pages.stream().filter(Page::wrong).forEach(p -> out.append(line(p)));
      out.append(String.format(Locale.ROOT, "%npages without a date (file, truth)%n"));
      pages.stream().filter(p -> p.ours() == null && p.truth() != null)
          .forEach(p -> out.append(String.format(Locale.ROOT, "  %s  %s  %s%n", p.file(), p.truth(), p.url())));
      return out.toString();
    }

    /** The figures as a JSON-ready map. */
    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("benchmark", "pubdate");
      map.put("pages", pages.size());
      map.put("right", right());
      map.put("right_returned", rightReturned());
      map.put("returned", returned());
      map.put("dated", dated());
      map.put("accuracy", accuracy());
      map.put("precision", precision());
      map.put("returned_share", returnedShare());
      Result dated = datedOnly();
      map.put("dated_accuracy", dated.accuracy());
      map.put("dated_precision", dated.precision());
      map.put("dated_returned_share", dated.returnedShare());
      map.put("wrong", pages.stream().filter(Page::wrong).map(PubdateEval::pageMap).toList());
      map.put("undated", pages.stream().filter(p -> p.ours() == null && p.truth() != null).map(PubdateEval::pageMap).toList());
      return map;
    }

    private static String line(Page p) {
      return String.format(Locale.ROOT, "  %s  %s  %s  %s  %s%n", p.file(), p.ours(), p.truth(), p.from(), p.url());
    }
  }

  /** Runs dyad's normal extraction over every page of {@code dir}, each given its URL from the truth file. */
  public static Result run(Path dir) {
    Extractor extractor = new Extractor();
    return run(dir, (file, url) -> extract(extractor, file, url));
  }

  /** Scores the articles {@code extract} gives for (page file, page URL); a null article has no date. */
  public static Result run(Path dir, BiFunction<Path, String, Article> extract) {
    Map<String, String[]> truth = readTruth(dir.resolve("truth.json"));
    // the extractor is thread-safe; pages run on all cores, results keep the file's order
    List<Page> pages = truth.entrySet().parallelStream().map(e -> {
      Article a = extract.apply(dir.resolve("html").resolve(e.getKey()), e.getValue()[0]);
      return page(e.getKey(), e.getValue()[0], e.getValue()[1], a);
    }).toList();
    return new Result(pages);
  }

  /** The scored page for one article (null when the page gave none). */
  static Page page(String file, String url, String truth, Article a) {
    String published = a == null ? null : a.published();
    String day = published == null || published.length() < 10 ? null : published.substring(0, 10);
    return new Page(file, url, truth, day, day == null ? null : a.publishedFrom());
  }

  // read as `dyad extract` reads a page, then given the address a crawler would know it by
  private static Article extract(Extractor extractor, Path file, String url) {
    List<Article> out = new ArrayList<>();
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE, List.of(file.getParent())).read(file,
        d -> out.add(extractor.extract(new RawDocument(d.sourcePath(), url, d.format(), d.content(), d.hints()))),
        skip -> { });
    return out.isEmpty() ? null : out.get(0);
  }

  private static Map<String, Object> pageMap(Page p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("file", p.file());
    map.put("url", p.url());
    map.put("truth", p.truth());
    map.put("ours", p.ours());
    map.put("published_from", p.from());
    return map;
  }

  private static String date(JsonNode date) {
    return date.isTextual() && !date.asText().isBlank() ? date.asText() : null;
  }

  // file → {url, date}, in the file's order
  private static Map<String, String[]> readTruth(Path file) {
    try {
      // htmldate's file writes NaN for a page a person found no date on
      JsonNode root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
          .readTree(file.toFile());
      Map<String, String[]> truth = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        truth.put(e.getKey(), new String[] {e.getValue().path("url").asText(null), date(e.getValue().path("date"))});
      }
      return truth;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the truth file " + file, e);
    }
  }
}
