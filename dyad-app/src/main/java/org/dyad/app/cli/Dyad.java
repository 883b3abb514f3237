package org.dyad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: news reports in, event data and timelines out. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Dyad.Version.class,
    description = "Turns news reports into event data, dyad series and timelines of international relations.",
    subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, EventsCommand.class,
        TimelineCommand.class, SeriesCommand.class, CodeCommand.class, TimexCommand.class, ServeCommand.class,
        EvalCommand.class,
        CommandLine.HelpCommand.class})
public final class Dyad implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Runs the command line and returns its exit code: 0 success, 1 failure while working, 2 bad usage or input. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Dyad());
    cli.setExecutionExceptionHandler(new Errors());
    cli.setParameterExceptionHandler(Errors::usage);
    return cli.execute(args);
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Dyad.class.getPackage().getImplementationVersion();
      return new String[] {"dyad " + (v == null ? "development build" : v)};
    }
  }
}
