package org.dyad.app.cli;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalSeeds;
import org.dyad.app.eval.Folders;
import org.dyad.eval.ExtractionEval;
import org.dyad.eval.PubdateEval;
import org.dyad.eval.SeedEventsEval;
import org.dyad.eval.TimexEval;
import org.dyad.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval KIND DATA}: scores the system on a benchmark folder and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score dyad on a benchmark folder (see docs/benchmarks.md) and print the figures.",
    subcommands = {EvalCommand.Seeds.class, EvalCommand.Extraction.class, EvalCommand.Pubdate.class,
        EvalCommand.Timex.class, EvalTimelinesCommand.class, EvalThroughputCommand.class, EvalEventsCommand.class})
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

    void writeJson(Map<String, Object> figures) throws IOException {
      if (json != null) {
        Files.writeString(json, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
      }
    }

    static Path folder(Path data) {
      return Folders.benchmark(data);
    }
  }

  @Command(name = "seeds", mixinStandardHelpOptions = true,
      description = "Metadata, body and event checks on the five seed pages against the hand-written gold.")
  static final class Seeds extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the shared folder holding seeds/ and gold/")
    Path data;

    @Override
    public Integer call() throws IOException {
      EvalSeeds.Result result = EvalSeeds.run(folder(data));
      System.out.print(result.pages().table());
      SeedEventsEval.Result events = result.events();
      System.out.println("\nseeds: events");
      System.out.print(events.table());
      events.misses().forEach(m -> System.out.println("  missed " + m));
      events.extras().forEach(m -> System.out.println("  extra  " + m));
      writeJson(result.figures());
      return 0;
    }
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Body extraction on extraction-zyte: mean precision, recall and F1 of 4-word shingles.")
  static final class Extraction extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the extraction-zyte folder (html/ and ground-truth.json)")
    Path data;

    @Override
    public Integer call() throws IOException {
      ExtractionEval.Result result = new ExtractionEval().run(folder(data));
      System.out.print(result.table());
      writeJson(result.toMap());
      return 0;
    }
  }

  @Command(name = "pubdate", mixinStandardHelpOptions = true,
      description = "Publication dates on pubdate-mediacloud: accuracy over all pages, precision over dated ones.")
  static final class Pubdate extends Common implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", description = "the pubdate folder (html/ and truth.json {file: {url, date}})")
    Path data;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(folder(data).resolve("truth.json"))) {
        throw new BadInputException("no truth.json in the benchmark folder " + data);
      }
      PubdateEval.Result result = PubdateEval.run(data);
      System.out.print(result.table());
      writeJson(result.toMap());
      return 0;
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
      List<String> lines = new ArrayList<>();
      TimexEval.Result result = TimexEval.run(folder(data), errors || verbose.on ? lines::add : line -> { });
      System.out.print(result.table());
      lines.forEach(errors ? System.out::println : System.err::println);
      writeJson(new java.util.LinkedHashMap<>(result.toMap()));
      return 0;
    }
  }
}
