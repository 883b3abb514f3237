package org.dyad.app.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, which every command takes: {@link Errors} then prints the stack trace of a failure. */
final class VerboseOption {
  @Option(names = "--verbose", description = "stack traces on errors")
  boolean on;
}
