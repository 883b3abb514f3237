package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.TextDates;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.dyad.model.RawDocument.Hints;
import org.dyad.util.Json;

/** One document per JSONL line: {@code text} or {@code html}, optional url, title, published, outlet. */
final class JsonlDocuments {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private final long maxBytes;

  JsonlDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(Path file, Consumer<RawDocument> out, Consumer<Skip> warn) throws IOException {
    if (startsWithNul(file)) {
      warn.accept(Skip.of(file.toString(), "binary content (NUL bytes), not UTF-8 JSON lines"));
      return;
    }
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = boundedLine(in)) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          readLine(line, file + ":" + n, out, warn);
        }
      }
      if (n == 0) {
        warn.accept(Skip.of(file.toString(), "empty file"));
      }
    }
  }

  /** True when the first 64 KB hold a NUL byte, which UTF-8 JSON never does. */
  private static boolean startsWithNul(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      for (byte b : in.readNBytes(65536)) {
        if (b == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The next line, or null at the end; a line longer than the limit is consumed but kept only up to the limit plus
   * one character, so one giant line cannot exhaust memory (the caller then reports it as too large).
   */
  private String boundedLine(BufferedReader in) throws IOException {
    StringBuilder line = new StringBuilder();
    long cap = Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
    int c = in.read();
    if (c < 0) {
      return null;
    }
    for (; c >= 0 && c != '\n'; c = in.read()) {
      if (line.length() < cap) {
        line.append((char) c);
      }
    }
    int last = line.length() - 1;
    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
  }

  private void readLine(String line, String source, Consumer<RawDocument> out, Consumer<Skip> warn) {
    if (line.length() > maxBytes) {
      warn.accept(Skip.of(source, "line too large: over the " + Inputs.megabytes(maxBytes) + " limit"));
      return;
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      warn.accept(Skip.of(source, "not a JSON object: " + Inputs.oneLine(e).split(" at \\[")[0]));
      return;
    }
    String html = text(node, "html");
    String text = text(node, "text");
    if (!node.isObject() || (html == null && text == null)) {
      warn.accept(Skip.of(source, "JSON object without a 'text' or 'html' field"));
      return;
    }
    String published = published(text(node, "published"), source, warn);
    Hints hints = new Hints(text(node, "title"), published, published == null ? null : "meta", text(node, "outlet"));
    Format format = html != null ? Format.HTML : Format.TEXT;
    String content = html != null ? html : text;
    if (content.isBlank()) {
      warn.accept(Skip.of(source, "empty '" + (html != null ? "html" : "text") + "' field"));
      return;
    }
    out.accept(new RawDocument(source, text(node, "url"), format, content, hints));
  }

  /** An ISO date as given, another written date as ISO, else null with a warning: never a made-up value. */
  private static String published(String value, String source, Consumer<Skip> warn) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(value.strip());
    if (m.matches() && isRealDate(m.group(1))) {
      return value.strip();
    }
    String found = TextDates.find(value);
    if (found == null) {
      warn.accept(Skip.warning(source, "'published' is not a date, ignored: '" + value + "'"));
    }
    return found;
  }

  private static boolean isRealDate(String iso) {
    try {
      LocalDate.parse(iso);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
