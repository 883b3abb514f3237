/**
 * Dyad series: cooperation and conflict between two actors period by period, counted over stories, with the
 * turning points (thaws and freezes). Entry classes: {@link org.dyad.series.SeriesBuilder},
 * {@link org.dyad.series.DyadSeries}; quad classes are data in {@code quad.tsv}.
 *
 * <p>May use: {@code util}.
 */
package org.dyad.series;
