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
    String value = DateParser.iso(published(ld.article()));
    for (JsonNode o : ld.objects()) {
      value = value != null ? value : DateParser.iso(published(o));
    }
    return value;
  }

  // a tag that names the publication date may still write it in prose ("الأربعاء، 07 أكتوبر 2020 - 12:09 م")
  // "datePublished": ["2020-03-05T10:00:00Z"]: some CMSs write a list of one
  private static String published(JsonNode o) {
    JsonNode v = o == null ? null : o.get("datePublished");
    return v != null && v.isArray() && v.size() > 0 ? Texts.normalise(v.get(0).asText()) : JsonLd.text(o, "datePublished");
  }

  private String fromMeta(Document doc) {
    for (String[] key : rules.dateMeta) {
      String content = Meta.get(doc, key[0], key[1]);
      content = content != null || !key[0].equals("itemprop") ? content : itemText(doc, key[1]);
      String value = DateParser.iso(content);
      value = value != null || content == null ? value : DateParser.text(content);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  // a <time> marked as an update belongs to a later edit, not to the first publication
  // <span itemprop="datePublished">5 March 2020</span> says the date in its text
  private static String itemText(Document doc, String itemprop) {
    for (Element e : doc.getElementsByAttributeValue("itemprop", itemprop)) {
      String text = Texts.normalise(e.text());
      if (!text.isEmpty() && text.length() <= 100) {
        return text;
      }
    }
    return null;
  }

  // a <time> in a blockquote dates an embedded post (Instagram, Twitter), not the article
  private static String fromTimeElements(Document doc) {
    for (Element time : doc.select("time[datetime]")) {
      String context = time.className() + " " + time.attr("itemprop") + " " + parentNames(time) + " " + time.text();
      if (!UPDATED.matcher(context).find() && time.closest("blockquote") == null) {
        String value = machineOrProse(time.attr("datetime"), time.text());
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  // datetime="Thu, 20 Feb 2020 13:52:51 +0000" is no ISO date but still names the day; an empty one leaves the text
  private static String machineOrProse(String attribute, String text) {
    String value = DateParser.iso(attribute);
    value = value != null || attribute.isBlank() ? value : DateParser.text(attribute);
    return value != null || !attribute.isBlank() ? value : DateParser.text(text);
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
