package org.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date in the order htmldate trusts sources: JSON-LD and meta tags, then
 * {@code <time>} markup, then the URL, then a date written in a byline or date element.
 * Modification dates are skipped; no source means no date.
 */
final class DateFinder {
  /** A date and where it came from: meta, url or text. */
  record Found(String value, String source) {}

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
  // /20200316/ and the slug's "-20200817-" or "_20200817.html"; a longer run of digits is an id, not a date
  private static final Pattern URL_COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
  // "updated", "modified", Korean 수정 and Japanese/Chinese 更新 mark a later edit
  static final Pattern UPDATED = Pattern.compile("updat|modif|edited|revis|수정|更新", Pattern.CASE_INSENSITIVE);

  private final Rules rules;

  DateFinder(Rules rules) {
    this.rules = rules;
  }

  /** The publication date of the page, or null. */
  Found find(Document doc, JsonLd ld, String url) {
    String value = fromJsonLd(ld);
    value = value != null ? value : fromMeta(doc);
    value = value != null ? value : fromTimeElements(doc);
    String inUrl = fromUrl(url);
    if (value != null) {
      if (outvoted(value, inUrl, doc)) {
        return new Found(inUrl, "url");
      }
      String local = LocalDay.isUtc(value) ? LocalDay.across(value, VisibleDates.find(doc)) : null;
      return local != null ? new Found(local, "text") : new Found(value, "meta");
    }
    if (inUrl != null) {
      return new Found(inUrl, "url");
    }
    value = VisibleDates.find(doc);
    return value == null ? null : new Found(value, "text");
  }

  // the URL and the date line are written where the page is published; when both name one day, a time-stamp
  // (often in UTC, so a day off near midnight) that says another is outvoted
  private static boolean outvoted(String markup, String inUrl, Document doc) {
    if (inUrl == null || markup.startsWith(inUrl)) {
      return false;
    }
    String visible = VisibleDates.find(doc);
    return visible != null && visible.startsWith(inUrl);
  }

  private static String fromJsonLd(JsonLd ld) {
    String value = DateParser.iso(JsonLd.text(ld.article(), "datePublished"));
    for (JsonNode o : ld.objects()) {
      value = value != null ? value : DateParser.iso(JsonLd.text(o, "datePublished"));
    }
    return value;
  }

  // a tag that names the publication date may still write it in prose ("الأربعاء، 07 أكتوبر 2020 - 12:09 م")
  private String fromMeta(Document doc) {
    for (String[] key : rules.dateMeta) {
      String content = Meta.get(doc, key[0], key[1]);
      String value = DateParser.iso(content);
      value = value != null || content == null ? value : DateParser.text(content);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  // a <time> marked as an update belongs to a later edit, not to the first publication
  private static String fromTimeElements(Document doc) {
    for (Element time : doc.select("time[datetime]")) {
      String context = time.className() + " " + time.attr("itemprop") + " " + parentNames(time) + " " + time.text();
      if (!UPDATED.matcher(context).find()) {
        String value = DateParser.iso(time.attr("datetime"));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {URL_DATE, URL_COMPACT}) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        java.time.LocalDate date = DateParser.date(m.group(1), m.group(2), m.group(3));
        if (date != null) {
          return date.toString();
        }
      }
    }
    return null;
  }

  private static String parentNames(Element e) {
    Element parent = e.parent();
    return parent == null ? "" : (parent.className() + " " + parent.id()).toLowerCase(Locale.ROOT);
  }
}
