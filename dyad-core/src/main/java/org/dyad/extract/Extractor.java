package org.dyad.extract;

import java.util.function.Predicate;
import org.dyad.extract.html.HtmlExtractor;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Hints;
import org.dyad.util.Hashes;

/**
 * The extract stage: one raw document in, one clean article out, its metadata merged from the page and from
 * outside hints. Thread-safe.
 */
public final class Extractor {
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextDumpExtractor text;

  /** An extractor with no knowledge of the rest of the corpus. */
  public Extractor() {
    this(line -> false);
  }

  /** An extractor that treats lines for which {@code repeatedLines} holds as furniture repeated across pages. */
  public Extractor(Predicate<String> repeatedLines) {
    this.text = new TextDumpExtractor(repeatedLines);
  }

  /** The article in {@code doc}; its text is empty when the page holds no article body. */
  public Article extract(RawDocument doc) {
    Reflow.Result flowed = doc.format() == RawDocument.Format.HTML ? null : Reflow.apply(doc.content());
    Extraction x = flowed == null ? html.extract(doc.content(), doc.url()) : text.extract(flowed.text());
    Datelines.Split dateline = Datelines.split(x.text());
    String body = dateline.text();
    Hints hints = doc.hints();
    Published published = published(x, hints);
    String title = firstNonNull(hints.title(), x.title());
    return new Article(articleId(body), doc.sourcePath(), doc.url(), title,
        published.date(), published.from(), outlet(doc, x, dateline), x.authors(), dateline.place(),
        Languages.guess(body), body, x.pageType(), x.confidence(), flowed != null && flowed.reflowed(),
        Headlines.display(title));
  }

  /** The publication date or date-time and where it came from (meta, url, text, filename, user); both may be null. */
  private record Published(String date, String from) {}

  /** User dates beat the page, the page beats container metadata, which beats the file name. */
  private static Published published(Extraction x, Hints hints) {
    if ("user".equals(hints.publishedFrom()) || ("meta".equals(hints.publishedFrom()) && x.published() == null)) {
      return new Published(hints.published(), hints.publishedFrom());
    }
    if (x.published() != null) {
      return new Published(x.published(), x.publishedFrom());
    }
    return new Published(hints.published(), hints.published() == null ? null : hints.publishedFrom());
  }

  private static String outlet(RawDocument doc, Extraction x, Datelines.Split dateline) {
    String agency = dateline.agency() == null ? null : firstNonNull(Outlets.named(dateline.agency()), dateline.agency());
    return firstNonNull(doc.hints().outlet(), firstNonNull(x.outlet(), firstNonNull(Outlets.ofUrl(doc.url()), agency)));
  }

  /** The stable id of an article: a hash of its whitespace-normalised text, so a reprint gets the same id. */
  public static String articleId(String text) {
    return Hashes.sha256(text.strip().replaceAll("\\s+", " ")).substring(0, 16);
  }

  private static String firstNonNull(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
