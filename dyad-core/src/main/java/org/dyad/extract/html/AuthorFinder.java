package org.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the people who wrote the article: JSON-LD authors, author meta tags, then byline markup. */
final class AuthorFinder {
  private static final Pattern BY = Pattern.compile(
      "^(?:(?:written|posted|reported|reporting|story|text|words)\\s+)?(?:by|por|von|par|di|door|from)\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);
  // "A, B and C", "A & B", "A | Staff", and "Name. Site" where a full stop ends a name rather than an initial
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\by\\b|\\be\\b|/|(?<=\\p{Ll}{2})\\.\\s+)\\s*");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "la", "le", "el", "der", "die", "das");
  private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@<>{}=:#]|https?|www\\.|\\.com\\b");
  private static final String BYLINES = "[rel=author], [itemprop=author], .byline, .author, .author-name, "
      + ".byline__name, [class*=byline] a, [class*=author-name]";
  private final Set<String> noise;
  private final Set<String> agencies;

  AuthorFinder(Rules rules) {
    this.noise = Set.copyOf(Rules.lines("author-noise.txt"));
    this.agencies = Set.copyOf(rules.agencies.stream().map(TitleFinder::key).toList());
  }

  /** Person names, cleaned; never the outlet or site name given as {@code outlet}. */
  List<String> find(Document doc, JsonLd ld, String outlet) {
    List<String> names = clean(fromJsonLd(ld), outlet);
    names = names.isEmpty() ? clean(fromMeta(doc), outlet) : names;
    // byline markup is noisy: there a one-word name is more often a tag or a site than a person
    return names.isEmpty()
        ? clean(fromMarkup(doc), outlet).stream().filter(n -> n.contains(" ")).toList() : names;
  }

  /** The person names within raw author strings, without "By", roles, sites and repeats. */
  List<String> clean(List<String> raw, String outlet) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String value : raw) {
      String stripped = BY.matcher(Texts.normalise(value)).replaceFirst("");
      for (String part : SPLIT.split(stripped)) {
        String name = unshout(part.strip());
        if (person(name, outlet)) {
          names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return List.copyOf(names.values());
  }

  // bylines set in capitals ("TOM KRISHER") are styling, not spelling
  private static String unshout(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  private boolean person(String name, String outlet) {
    String[] words = name.split("\\s+");
    if (name.length() < 3 || words.length > 5 || NOT_A_NAME.matcher(name.toLowerCase(Locale.ROOT)).find()
        || !Character.isUpperCase(name.codePointAt(0)) && Character.isLetter(name.codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      if (noise.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\W", ""))) {
        return false;
      }
    }
    String key = TitleFinder.key(name);
    return !ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) && !agencies.contains(key) && !name.contains("!")
        && (outlet == null || !TitleFinder.key(outlet).contains(key));
  }

  private static List<String> fromJsonLd(JsonLd ld) {
    List<String> out = new ArrayList<>();
    JsonNode article = ld.article();
    JsonNode author = article == null ? null : article.get("author");
    if (author == null) {
      return out;
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      if (a.isTextual()) {
        out.add(a.asText());
      } else if (!JsonLd.types(a).contains("organization") && JsonLd.text(a, "name") != null) {
        out.add(JsonLd.text(a, "name"));
      }
    }
    return out;
  }

  private static List<String> fromMeta(Document doc) {
    List<String> out = new ArrayList<>();
    String[][] keys = {{"name", "author"}, {"property", "article:author"}, {"name", "article:author"},
        {"name", "byl"}, {"name", "parsely-author"}, {"name", "sailthru.author"}, {"name", "dc.creator"}};
    for (String[] key : keys) {
      String v = Meta.get(doc, key[0], key[1]);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<String> fromMarkup(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.select(BYLINES).stream().limit(4).toList()) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = name != null ? name.text() : e.text();
      if (!text.isBlank() && text.length() <= 80) {
        out.add(text);
      }
    }
    return out;
  }
}
