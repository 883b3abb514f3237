/**
 * Small helpers every module shares: the one JSON mapper ({@link org.dyad.util.Json}), the one content hash
 * ({@link org.dyad.util.Hashes}), data-file readers ({@link org.dyad.util.Resources}, {@link org.dyad.util.Tsv}),
 * argument checks ({@link org.dyad.util.Validate}) and {@link org.dyad.util.BadInputException}.
 *
 * <p>May use: the JDK and Jackson only.
 */
package org.dyad.util;
