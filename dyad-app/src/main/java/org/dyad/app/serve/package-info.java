/**
 * The REST API and the web UI over one store ({@link org.dyad.app.serve.Server}): one handler a route, each
 * answering on one snapshot of the store; parameters are checked by {@code Params} and bad ones answer HTTP 400
 * with {@code {"error": ...}}. The static UI is under {@code resources/org/dyad/app/web}.
 *
 * <p>May use: {@code org.dyad.app.service}, {@code store}, {@code export}, {@code events}, {@code timeline},
 * {@code series}, {@code model}, {@code util}, Javalin.
 */
package org.dyad.app.serve;
