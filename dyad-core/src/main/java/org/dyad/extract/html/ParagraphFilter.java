package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the paragraphs that read as article prose: drops link lists, furniture phrases (newsletter
 * prompts, credits), repeats, the headline itself and headings left without text under them.
 */
final class ParagraphFilter {
  // furniture prompts are short; a long paragraph that mentions a newsletter is prose
  private static final int FURNITURE_MAX_WORDS = 60;
  private static final int DATE_LINE_WORDS = 10;
  private static final int TEASER_WORDS = 25;
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:h]\\d{2}\\b");
  private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
  private final Rules rules;

  ParagraphFilter(Rules rules) {
    this.rules = rules;
  }

  /** The kept paragraphs of {@code paragraphs}; {@code title} (nullable) is dropped as a repeat. */
  List<Paragraph> filter(List<Paragraph> paragraphs, String title) {
    Set<String> seen = new HashSet<>();
    String titleKey = title == null ? "" : key(title);
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (!linkList(p) && !teaser(paragraphs, i) && !furniture(p.text()) && !key(p.text()).equals(titleKey)
          && firstTime(p, seen)) {
        kept.add(p);
      }
    }
    return withoutOrphanHeadings(kept);
  }

  /** True when {@code text} is a furniture phrase from the rule file or a bare date line. */
  boolean furniture(String text) {
    int words = Texts.words(text);
    if (words > FURNITURE_MAX_WORDS) {
      return false;
    }
    return rules.boilerplateText.matcher(text).find() || words <= DATE_LINE_WORDS && dateLine(text);
  }

  // "Nov. 19, 2019, 8:41 AM UTC", "sexta-feira, 22 de outubro de 2010 às 20:13": the page's timestamp;
  // a quoted tweet's signature line ("— Name (@handle) November 18, 2019") is part of the quote
  private static boolean dateLine(String text) {
    return YEAR.matcher(text).find() && CLOCK.matcher(text).find() && !text.contains("@");
  }

  // jusText's neighbour rule: a short text between two linked titles is a teaser in a list of cards
  // (between two bare URLs it is an item of the article's own shopping or reading list)
  private static boolean teaser(List<Paragraph> paragraphs, int i) {
    return i > 0 && i + 1 < paragraphs.size() && Texts.words(paragraphs.get(i).text()) <= TEASER_WORDS
        && linkedTitle(paragraphs.get(i - 1)) && linkedTitle(paragraphs.get(i + 1));
  }

  private static boolean linkedTitle(Paragraph p) {
    return linkList(p) && !p.text().startsWith("http") && !p.text().startsWith("www.");
  }

  private static boolean linkList(Paragraph p) {
    return p.linkDensity() > (Texts.words(p.text()) < 12 ? 0.35 : 0.6);
  }

  private static List<Paragraph> withoutOrphanHeadings(List<Paragraph> kept) {
    List<Paragraph> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      boolean followedByText = i + 1 < kept.size() && !kept.get(i + 1).heading();
      if (!kept.get(i).heading() || followedByText) {
        out.add(kept.get(i));
      }
    }
    return out;
  }

  // short repeats are table cells and list markers; only a repeated sentence is a pull quote or a slip
  private static boolean firstTime(Paragraph p, Set<String> seen) {
    return Texts.weight(p.text()) < 150 || seen.add(key(p.text()));
  }

  private static String key(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
