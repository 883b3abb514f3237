package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body cascade: known containers first, the readability scorer when they hold too little,
 * the JSON-LD {@code articleBody} when both fall far short of it, the whole cleaned page last.
 */
final class BodyExtractor {
  private final ContentLocator locator;
  private final PageCleaner cleaner;
  private final ParagraphFilter filter;
  private final ReadabilityScorer scorer = new ReadabilityScorer();

  BodyExtractor(Rules rules) {
    this.locator = new ContentLocator(rules);
    this.cleaner = new PageCleaner(rules);
    this.filter = new ParagraphFilter(rules);
  }

  /** The body paragraphs of {@code doc}, which this cleans in place. */
  List<Paragraph> extract(Document doc, String title, JsonLd ld) {
    List<Element> precise = locator.find(doc, title);
    boolean titled = holdsHeadline(precise, title);
    cleaner.clean(doc, precise);
    if (doc.body() == null) {
      return List.of();
    }
    List<Paragraph> fromPrecise = filter.filter(ParagraphWriter.write(precise), title);
    List<Paragraph> fromScorer = filter.filter(ParagraphWriter.write(scorer.find(doc.body())), title);
    List<Paragraph> body = orJsonLd(choose(fromPrecise, fromScorer, titled), ld);
    // baseline: a page too plain for either finder still gives its cleaned text
    return body.isEmpty() ? filter.filter(ParagraphWriter.write(List.of(doc.body())), title) : body;
  }

  // the known container wins unless the scorer found far more prose; under the headline it wins anyway
  private static List<Paragraph> choose(List<Paragraph> precise, List<Paragraph> scored, boolean titled) {
    int p = weight(precise);
    int s = weight(scored);
    return p * 2 >= s || (titled && p * 5 >= s) ? precise : scored;
  }

  // publishers put the whole body into JSON-LD; when the page markup yields far less, the markup misled us
  private static List<Paragraph> orJsonLd(List<Paragraph> found, JsonLd ld) {
    String body = JsonLd.text(ld.article(), "articleBody");
    if (body == null || weight(found) * 2 >= Texts.weight(body)) {
      return found;
    }
    String raw = ld.article().get("articleBody").asText();
    List<Paragraph> out = new ArrayList<>();
    for (String line : raw.split("\\n\\s*")) {
      String text = Texts.normalise(line.contains("<") ? Jsoup.parse(line).text() : line);
      if (!text.isEmpty()) {
        out.add(new Paragraph(text, 0, "text"));
      }
    }
    return out;
  }

  private static boolean holdsHeadline(List<Element> containers, String title) {
    if (title == null) {
      return false;
    }
    return containers.stream().flatMap(c -> c.select("h1, h2").stream())
        .anyMatch(h -> TitleFinder.agrees(Texts.normalise(h.text()), title));
  }

  static int weight(List<Paragraph> paragraphs) {
    return paragraphs.stream().mapToInt(p -> Texts.weight(p.text())).sum();
  }
}
