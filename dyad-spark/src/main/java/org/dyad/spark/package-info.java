/**
 * The embedded ingest's passes as a Spark job: inputs from any Hadoop file system, the repeated lines of the text
 * dumps counted across the cluster, the same {@link org.dyad.pipeline.Pipeline} per partition (one CoreNLP per
 * executor), reprints and stories found in the embedded reading order, Parquet with the store's columns (and any
 * export format) out. Entry class: {@link org.dyad.spark.SparkIngest}.
 *
 * <p>May use: {@code ingest}, {@code extract} ({@code RepeatedLines}), {@code pipeline}, {@code stories},
 * {@code model}, {@code store} ({@code EventColumns}), {@code export}, {@code util}, Spark.
 */
package org.dyad.spark;
