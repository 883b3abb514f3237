/**
 * Dyad series: cooperation and conflict between two actors period by period, counted over stories, with the
 * turning points (thaws and freezes). Entry classes: {@link org.dyad.series.SeriesBuilder},
 * {@link org.dyad.series.DyadSeries}; the quad classes are the model's ({@link org.dyad.model.PloverType#quad()}).
 *
 * <p>May use: {@code model}, {@code util}.
 */
package org.dyad.series;
