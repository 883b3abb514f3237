/**
 * Reading inputs: files and folders walked recursively, text, HTML (also gzipped), WARC and JSONL recognised,
 * decoded to {@link org.dyad.model.RawDocument}s; what cannot be read becomes a {@link org.dyad.ingest.Skip}
 * and the run goes on. Entry class: {@link org.dyad.ingest.Inputs}; user-given dates:
 * {@link org.dyad.ingest.PublishedDates}.
 *
 * <p>May use: {@code model}, {@code extract} (the reflow of hard-wrapped text), {@code util}, jwarc, Jackson.
 */
package org.dyad.ingest;
