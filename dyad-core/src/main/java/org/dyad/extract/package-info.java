/**
 * Extraction: the article body without boilerplate, title, publication date, outlet, authors and dateline, from a
 * raw document. Entry class: {@link org.dyad.extract.Extractor}; text dumps are scored line by line
 * ({@code LineFeatures}, {@link org.dyad.extract.RepeatedLines} for furniture repeated across a folder), HTML
 * goes to {@code extract.html}. Rules are data under {@code resources/org/dyad/extract/}.
 *
 * <p>May use: {@code extract.html}, {@code model}, {@code text} (stop words), {@code util}.
 */
package org.dyad.extract;
