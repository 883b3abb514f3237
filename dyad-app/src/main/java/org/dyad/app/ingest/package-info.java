/**
 * The embedded ingest: {@link org.dyad.app.ingest.Ingest#run} takes an
 * {@link org.dyad.app.ingest.Ingest.Options} record and runs the pipeline over files into a store, one reader, N
 * pipeline threads and one writer (with the stories stage) joined by bounded queues; results are written in
 * reading order, so any thread count gives the same store. Also the progress display and the skip reporter.
 *
 * <p>May use: {@code ingest}, {@code extract}, {@code pipeline}, {@code stories}, {@code model}, {@code store},
 * {@code util}, the progress-bar library.
 */
package org.dyad.app.ingest;
