/**
 * The pipeline as a Spark job: inputs from any Hadoop file system, the same
 * {@link org.dyad.pipeline.Pipeline} per partition (one CoreNLP per executor), stories linked across the cluster,
 * Parquet with the store's columns (and any export format) out. Entry class: {@link org.dyad.spark.SparkIngest}.
 *
 * <p>May use: {@code ingest}, {@code pipeline}, {@code stories}, {@code model}, {@code export}, {@code util}, Spark.
 */
package org.dyad.spark;
