package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalPages;
import org.dyad.app.eval.EvalSeeds;
import org.dyad.app.eval.Report;
import org.dyad.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval KIND DATA}: scores the system on a benchmark folder and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score dyad on a benchmark folder and print the figures (README.md lists each benchmark).",
    subcommands = {EvalCommand.Seeds.class, EvalCommand.Extraction.class, EvalCommand.Pubdate.class,
        EvalCommand.Timex.class, EvalTimelinesCommand.class, EvalThroughputCommand.class, EvalEventsCommand.class,
        EvalScaleCommand.class})
final class EvalCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Options every benchmark takes. */
  static class Common {
    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON to FILE")
    Path json;

    @Mixin
    VerboseOption verbose;

    /** Prints the report's text and details on stdout, writes its figures to {@code --json}; exit code 0. */
    int printed(Report r) throws IOException {
      return printed(r, System.out);
    }

    /** As {@link #printed(Report)}, the details on {@code details}. */
    int printed(Report r, PrintStream details) throws IOException {
      System.out.print(r.text());
      r.details().forEach(details::println);
      if (json != null) {
        Files.writeString(json, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.figures()));
      }
      return 0;
    }
  }

  @Command(name = "seeds", mixinStandardHelpOptions = true,
      description = "Metadata, body and event checks on the five seed pages against the hand-written gold.")
  static final class Seeds extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the shared folder holding seeds/ and gold/")
    Path data;

    @Override
    public Integer call() throws IOException {
      return printed(EvalSeeds.run(data).report());
    }
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Body extraction on extraction-zyte: mean precision, recall and F1 of 4-word shingles.")
  static final class Extraction extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the extraction-zyte folder (html/ and ground-truth.json)")
    Path data;

    @Override
    public Integer call() throws IOException {
      return printed(EvalPages.extraction(data));
    }
  }

  @Command(name = "pubdate", mixinStandardHelpOptions = true,
      description = "Publication dates on pubdate-mediacloud: accuracy over all pages, precision over dated ones.")
  static final class Pubdate extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the pubdate folder (html/ and truth.json {file: {url, date}})")
    Path data;

    @Override
    public Integer call() throws IOException {
      return printed(EvalPages.pubdate(data));
    }
  }

  @Command(name = "timex", mixinStandardHelpOptions = true,
      description = "Temporal expressions on TimeBank + AQUAINT: relaxed and strict extent F1, value and type accuracy.")
  static final class Timex extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the timex-tbaq folder (TimeBank/ and AQUAINT/ .tml files)")
    Path data;

    @Option(names = "--errors", description = "after the table, list every miss, spurious expression, wrong value "
        + "and wrong extent, one tab-separated line each (file, kind, gold type, gold vs system value, text, DCT)")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      // the error lines are the output with --errors; with --verbose alone, a log on stderr
      return printed(EvalPages.timex(data, errors || verbose.on), errors ? System.out : System.err);
    }
  }
}
