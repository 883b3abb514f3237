/**
 * HTML pages: page cleaning, the content container (precise rules, a readability-style scorer, a paragraph
 * classifier, JSON-LD {@code articleBody}), metadata from meta tags, JSON-LD, {@code <time>}, URLs and bylines.
 * Entry class: {@link org.dyad.extract.html.HtmlExtractor}, called by {@link org.dyad.extract.Extractor}.
 *
 * <p>May use: {@code extract} (shared records and date helpers), {@code util}, jsoup, Jackson.
 */
package org.dyad.extract.html;
