package org.dyad.extract.html;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.extract.Extraction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts the article body and its metadata from one HTML page. Thread-safe. */
public final class HtmlExtractor {
  private final Rules rules = Rules.DEFAULT;
  private final BodyExtractor bodies = new BodyExtractor(rules);
  private final DateFinder dates = new DateFinder(rules);
  private final AuthorFinder authors = new AuthorFinder(rules);
  private final OutletFinder outlets = new OutletFinder(rules);

  /** Extracts from {@code html}; {@code url} (nullable) helps with dates and outlets. */
  public Extraction extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    JsonLd ld = JsonLd.of(doc);
    String outlet = outlets.find(doc, ld, url);
    String title = TitleFinder.find(doc, ld, outlet);
    DateFinder.Found date = dates.find(doc, ld, url);
    List<String> names = authors.find(doc, ld, outlet);
    // teaser headings are counted before cleaning removes them
    PageTypeGuesser.Shape shape = PageTypeGuesser.shape(doc, ld);
    List<Paragraph> body = bodies.extract(doc, title, ld);
    DatelineFinder.Dateline dateline = body.isEmpty() ? null : DatelineFinder.find(body.get(0).text());
    PageTypeGuesser.Guess guess = PageTypeGuesser.guess(shape, body, url);
    // a page with no article body that does not call itself an article has none to date: the dates it shows
    // belong to a record, a form or today
    boolean undated = !shape.declared() && guess.pageType().equals("other");
    date = date != null && date.source().equals("text") && undated ? null : date;
    return new Extraction(title, date == null ? null : date.value(), date == null ? null : date.source(),
        outlet != null || dateline == null ? outlet : dateline.agency(), names,
        dateline == null ? null : dateline.place(), text(body), guess.pageType(), guess.confidence());
  }

  private static String text(List<Paragraph> body) {
    return body.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }
}
