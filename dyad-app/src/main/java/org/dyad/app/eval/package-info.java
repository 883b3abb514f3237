/**
 * Benchmark drivers: they build what {@code org.dyad.eval} scores (an ingest into a temporary store, timelines per
 * variant, a throughput run) and hand the command a {@link org.dyad.app.eval.Report}: the text to print and the
 * figures for {@code --json}. Benchmark folders are read from outside the repository ({@code ../shared}).
 *
 * <p>May use: {@code org.dyad.eval}, {@code org.dyad.app.ingest}, {@code org.dyad.app.service}, the core stages,
 * {@code store}, CoreNLP (the throughput baseline).
 */
package org.dyad.app.eval;
