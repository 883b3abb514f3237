/**
 * What the commands, the REST API and the demo share: timelines of a dyad or a topic
 * ({@link org.dyad.app.service.Timelines}), the articles of a store or a query
 * ({@link org.dyad.app.service.Articles}), the series as CSV ({@link org.dyad.app.service.SeriesTable}) and the
 * coding of a stream of records ({@link org.dyad.app.service.BatchCoder}). No option parsing, no HTTP.
 *
 * <p>May use: {@code timeline}, {@code series}, {@code events}, {@code extract}, {@code model}, {@code store},
 * {@code export}, {@code util}, and {@code org.dyad.app.ingest} for its progress display.
 */
package org.dyad.app.service;
