package org.dyad.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into the contract's one-line errors and exit codes (2 bad input, 1 failure while working). */
final class Errors implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
    PrintWriter err = cli.getErr();
    if (verbose) {
      e.printStackTrace(err);
    }
    boolean bad = e instanceof org.dyad.util.BadInputException;
    err.println(cli.getCommandSpec().qualifiedName() + ": " + (bad ? "" : "failed: ") + message(e));
    err.flush();
    return bad ? 2 : 1;
  }

  /**
   * Bad options or parameters: one line with the command's full name ("dyad", "dyad eval seeds"), the message and
   * a pointer to its --help; exit code 2.
   */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String name = cli.getCommandSpec().qualifiedName();
    String m = message(e).replaceAll("[.:]$", "");
    cli.getErr().println(name + ": " + m + ". Try '" + name + " --help'.");
    cli.getErr().flush();
    return 2;
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").trim();
  }
}
