package org.dyad.extract.html;

/**
 * One block of text as rendered from the page.
 *
 * @param text the normalised text
 * @param linkChars how many of its characters sit inside links
 * @param kind heading, item (list item) or text
 */
record Paragraph(String text, int linkChars, String kind) {

  /** Share of the text inside links. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1, linkChars / (double) text.length());
  }

  boolean heading() {
    return kind.equals("heading");
  }
}
