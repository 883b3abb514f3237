package org.dyad.eval;

import org.dyad.util.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dyad.model.Article;
import org.dyad.util.Json;

/**
 * Scores article metadata and body extraction on the five seed pages against {@code gold/seeds.articles.jsonl}.
 *
 * <p>Metadata checks, each an exact match after collapsing whitespace: title (or an accepted alternative),
 * outlet, publication date (the date part; {@code null} when the gold says the page has none), publication time
 * where the gold gives one, and dateline where the gold gives one. Body checks: the body starts with the gold's
 * first words (or an accepted alternative), ends with its last words, and contains none of the
 * {@code not_in_body} lines.
 */
public final class SeedsEval {

  /** One check on one seed. */
  public record Check(String doc, String kind, String field, boolean passed, String expected, String actual) {}

  /** All checks, with the two headline rates. */
  public record Result(List<Check> checks) {
    /** Share of metadata checks passed. */
    public double metadataRate() {
      return rate("metadata");
    }

    /** Share of body checks passed. */
    public double bodyRate() {
      return rate("body");
    }

    private double rate(String kind) {
      List<Check> of = checks.stream().filter(c -> c.kind().equals(kind)).toList();
      return of.isEmpty() ? 0 : of.stream().filter(Check::passed).count() / (double) of.size();
    }

    /** The failed checks. */
    public List<Check> failures() {
      return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** A printable table: per seed the passed checks, then every failure with expected and actual values. */
    public String table() {
      StringBuilder b = new StringBuilder("seeds: metadata and body\n");
      Map<String, int[]> perDoc = new LinkedHashMap<>();
      for (Check c : checks) {
        int[] n = perDoc.computeIfAbsent(c.doc(), k -> new int[2]);
        n[0] += c.passed() ? 1 : 0;
        n[1]++;
      }
      perDoc.forEach((doc, n) -> b.append(String.format("  %-28s %2d/%d checks%n", doc, n[0], n[1])));
      b.append(String.format("  metadata exact-match rate %.3f, body checks passed %.3f%n", metadataRate(), bodyRate()));
      for (Check f : failures()) {
        b.append(String.format("  FAIL %s %s: expected %s, got %s%n", f.doc(), f.field(), f.expected(), f.actual()));
      }
      return b.toString();
    }

    /** The figures as a JSON-ready map. */
    public Map<String, Object> figures() {
      return Map.of("metadata_rate", metadataRate(), "body_rate", bodyRate(), "checks", checks.size(),
          "failures", failures());
    }
  }

  private SeedsEval() {}

  /** Runs {@code extract} (seed file → article) on every seed in {@code data/seeds} and checks it. */
  public static Result run(Path data, Function<Path, Article> extract) throws IOException {
    List<Check> checks = new ArrayList<>();
    for (JsonNode gold : Gold.lines(data.resolve("gold/seeds.articles.jsonl"))) {
      String doc = gold.get("doc").asText();
      Article a = extract.apply(data.resolve("seeds").resolve(doc));
      checks.addAll(metadata(doc, gold, a));
      checks.addAll(body(doc, gold, a));
    }
    return new Result(checks);
  }

  private static List<Check> metadata(String doc, JsonNode gold, Article a) {
    List<Check> out = new ArrayList<>();
    List<String> titles = Gold.strings(gold, "title", "title_alt");
    out.add(check(doc, "metadata", "title", titles.contains(norm(a == null ? null : a.title())), titles.get(0),
        a == null ? null : a.title()));
    String outlet = Gold.text(gold, "outlet");
    out.add(check(doc, "metadata", "outlet", Objects.equals(outlet, a == null ? null : a.outlet()), outlet,
        a == null ? null : a.outlet()));
    String date = Gold.text(gold, "published");
    String actual = a == null || a.published() == null ? null : a.published().substring(0, 10);
    out.add(check(doc, "metadata", "published", Objects.equals(date, actual), date, actual));
    String time = Gold.text(gold, "published_time");
    if (time != null) {
      boolean ok = a != null && a.published() != null && a.published().contains("T" + time);
      out.add(check(doc, "metadata", "published_time", ok, time, a == null ? null : a.published()));
    }
    String dateline = Gold.text(gold, "dateline");
    if (dateline != null) {
      out.add(check(doc, "metadata", "dateline", dateline.equals(a == null ? null : a.dateline()), dateline,
          a == null ? null : a.dateline()));
    }
    return out;
  }

  private static List<Check> body(String doc, JsonNode gold, Article a) {
    String text = a == null ? "" : norm(a.text());
    List<Check> out = new ArrayList<>();
    List<String> starts = Gold.strings(gold, "body_first_words", "body_first_words_alt");
    out.add(check(doc, "body", "starts", starts.stream().anyMatch(text::startsWith), starts.get(0), head(text)));
    String end = norm(Gold.text(gold, "body_last_words"));
    out.add(check(doc, "body", "ends", text.endsWith(end), end, tail(text)));
    for (String bad : Gold.strings(gold, "not_in_body")) {
      out.add(check(doc, "body", "not_in_body", !text.contains(bad), "absent: " + bad, text.contains(bad) ? "present" : "absent"));
    }
    return out;
  }

  private static Check check(String doc, String kind, String field, boolean ok, String expected, String actual) {
    return new Check(doc, kind, field, ok, expected, actual);
  }

  static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String head(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private static String tail(String s) {
    return s.length() <= 80 ? s : "…" + s.substring(s.length() - 80);
  }

  /** Small readers for the gold JSONL files. */
  static final class Gold {
    private Gold() {}

    static List<JsonNode> lines(Path file) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("no gold file " + file + " (DATA must be the shared folder with gold/ and seeds/)");
      }
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readTree(line));
        }
      }
      return out;
    }

    static String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }

    /** The values of the given fields, each a string or an array of strings, in order, normalised. */
    static List<String> strings(JsonNode n, String... fields) {
      List<String> out = new ArrayList<>();
      for (String f : fields) {
        JsonNode v = n.get(f);
        if (v != null && v.isArray()) {
          v.forEach(x -> out.add(norm(x.asText())));
        } else if (v != null && !v.isNull()) {
          out.add(norm(v.asText()));
        }
      }
      return out;
    }
  }
}
