/**
 * The stages from a raw document to what is stored, assembled in one place: extraction, NLP, events and quotes.
 * Entry class: {@link org.dyad.pipeline.Pipeline}, which the embedded ingest and the Spark job both drive.
 *
 * <p>May use: the stage packages ({@code extract}, {@code events}, {@code quotes}) and {@code model}.
 */
package org.dyad.pipeline;
