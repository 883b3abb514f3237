/**
 * The benchmarks' scorers: seeds, extraction, publication dates, temporal expressions, events and Timeline17
 * (ROUGE, date F1), each reading its gold from a benchmark folder outside the repository and giving a result
 * with a table and figures. Building what they score (an ingest, a store) is the app's {@code org.dyad.app.eval}.
 *
 * <p>May use: the stage packages it scores, {@code text}, {@code model}, {@code util}. Nothing outside the
 * benchmark code may use it.
 */
package org.dyad.eval;
