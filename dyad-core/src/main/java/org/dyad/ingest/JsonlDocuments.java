package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.dyad.model.RawDocument.Hints;
import org.dyad.util.Json;

/** One document per JSONL line: {@code text} or {@code html}, optional url, title, published, outlet. */
final class JsonlDocuments {
  private final long maxBytes;

  JsonlDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(Path file, Consumer<RawDocument> out, Consumer<Skip> warn) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          readLine(line, file + ":" + n, out, warn);
        }
      }
      if (n == 0) {
        warn.accept(Skip.of(file.toString(), "empty file"));
      }
    }
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
    Hints hints = new Hints(text(node, "title"), text(node, "published"), null, text(node, "outlet"));
    hints = hints.published() == null ? hints : new Hints(hints.title(), hints.published(), "meta", hints.outlet());
    Format format = html != null ? Format.HTML : Format.TEXT;
    String content = html != null ? html : text;
    if (content.isBlank()) {
      warn.accept(Skip.of(source, "empty '" + (html != null ? "html" : "text") + "' field"));
      return;
    }
    out.accept(new RawDocument(source, text(node, "url"), format, content, hints));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
