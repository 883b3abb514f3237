/**
 * Storage behind one {@link org.dyad.store.Store} interface: the embedded store (DuckDB tables and a Lucene index
 * in one folder, one writer and any number of readers) and a read-only store over the Spark job's Parquet.
 * Queries: {@link org.dyad.store.EventQuery}; writes: {@link org.dyad.store.Ingested}. The flat event columns
 * are listed once, in {@link org.dyad.store.EventColumns}, for the events table and the Parquet and CSV exports.
 *
 * <p>May use: {@code model}, {@code series}, {@code util}, DuckDB, Lucene.
 */
package org.dyad.store;
