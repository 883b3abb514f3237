/**
 * The picocli commands, one class each ({@code *Command}; the root is {@link org.dyad.app.cli.Dyad}), the
 * {@code @Mixin}s for options they share ({@code --verbose}, {@code --store}, {@code --dyad/--from/--to}) and
 * {@code Errors}, which turns exceptions into the contract's one-line errors and exit codes. A command parses
 * and checks its options, calls a service and prints; it never calls another command, and no class outside this
 * package refers to a command.
 *
 * <p>May use: every other {@code org.dyad.app} package, the core stages, {@code store}, {@code export}, picocli.
 * Not {@code org.dyad.eval}: benchmarks run through {@code org.dyad.app.eval}.
 */
package org.dyad.app.cli;
