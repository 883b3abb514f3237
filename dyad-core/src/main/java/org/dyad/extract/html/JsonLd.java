package org.dyad.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects of a page's JSON-LD scripts, flattened out of arrays and {@code @graph}. */
final class JsonLd {
  // pages embed JSON-LD with raw newlines and trailing commas; be as lenient as browsers' consumers
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /** Reads every {@code application/ld+json} script of {@code doc}; unreadable scripts are skipped. */
  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(script.data().strip()), objects);
      } catch (Exception e) {
        // a broken script is the page's fault; the other sources still speak
      }
    }
    return new JsonLd(objects);
  }

  /** The first object whose {@code @type} names an article (NewsArticle, BlogPosting, …), or null. */
  JsonNode article() {
    for (JsonNode o : objects) {
      String type = types(o);
      if (type.contains("article") || type.contains("blogposting") || type.contains("report")) {
        return o;
      }
    }
    return null;
  }

  /** All objects, in page order. */
  List<JsonNode> objects() {
    return objects;
  }

  /** The {@code @type} values of {@code o}, lower-cased and joined by spaces. */
  static String types(JsonNode o) {
    JsonNode type = o.path("@type");
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(t.asText()));
      return String.join(" ", names).toLowerCase(Locale.ROOT);
    }
    return type.asText("").toLowerCase(Locale.ROOT);
  }

  /** A text field of {@code o}, or null when absent or blank. */
  static String text(JsonNode o, String field) {
    JsonNode v = o == null ? null : o.get(field);
    if (v == null || !v.isValueNode()) {
      return null;
    }
    String s = Texts.normalise(v.asText());
    return s.isEmpty() ? null : s;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
      flatten(node.get("mainEntity"), out);
    }
  }
}
