/**
 * Event formats by name ({@link org.dyad.export.Exports}): JSONL, PLOVER, CAMEO, GDELT, CSV and Parquet, each an
 * {@link org.dyad.export.EventFormat} that the CLI, the REST API and the Spark job write through.
 *
 * <p>May use: {@code model}, {@code store} (to stream a query's events), {@code util}.
 */
package org.dyad.export;
