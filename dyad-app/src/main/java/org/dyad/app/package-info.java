/**
 * The runnable application: {@link org.dyad.app.Main} is the jar's entry point and hands the command line to
 * {@link org.dyad.app.cli.Dyad}. The subpackages split it by concern: {@code cli} (commands), {@code ingest}
 * (the embedded ingest), {@code service} (what the commands, the REST API and the demo share), {@code eval}
 * (benchmark drivers) and {@code serve} (REST API and web UI).
 *
 * <p>May use: {@code cli} only.
 */
package org.dyad.app;
