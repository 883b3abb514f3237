package org.dyad.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalScale;
import org.dyad.app.eval.Folders;
import org.dyad.ingest.Inputs;
import org.dyad.util.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval scale DATA}: ingest and read times as the store grows ({@link EvalScale}). */
@Command(name = "scale", mixinStandardHelpOptions = true,
    description = {"Ingest rate and heap a block as a store grows, and the REST read times on it.",
        "Copies DATA's files under fresh article ids block by block into a temporary store, times /api/series, "
            + "/api/events (paged) and /api/timeline on it, then /api/series on a generated events table.",
        "Then adds --batches batches of generated articles to that store through the writer, each timed, and "
            + "times /api/series again.",
        "Full size (hours): --articles 100000 --block 10000 --events 10000000"})
final class EvalScaleCommand extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA", description = "a corpus folder, e.g. ../shared/bench/t17")
  Path data;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "400",
      description = "documents the store grows to (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--block", paramLabel = "N", defaultValue = "100",
      description = "documents a block (default: ${DEFAULT-VALUE})")
  int block;

  @Option(names = "--events", paramLabel = "M", defaultValue = "1000000",
      description = "rows of the generated events table (default: ${DEFAULT-VALUE}; 0 skips it)")
  int events;

  @Option(names = "--batches", paramLabel = "N", defaultValue = "5",
      description = "batches of 256 articles x 10 events the writer adds to the generated store, each timed "
          + "(default: ${DEFAULT-VALUE}; 0 skips them)")
  int batches;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "20",
      description = "requests timed a route (default: ${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--threads", paramLabel = "N", description = "pipeline threads (default: number of cores)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    positive("--articles", articles);
    positive("--block", block);
    positive("--queries", queries);
    if (batches < 0) {
      throw new BadInputException("--batches must be 0 or more, not " + batches);
    }
    if (events < 0) {
      throw new BadInputException("--events must be 0 or more, not " + events);
    }
    List<Path> files = Inputs.files(List.of(Folders.benchmark(data)));
    // a benchmark folder such as t17 keeps its gold beside the inputs: copy the inputs only
    List<Path> inputs = files.stream().filter(f -> f.toString().contains("InputDocs")).toList();
    files = inputs.isEmpty() ? files : inputs;
    if (files.isEmpty()) {
      throw new BadInputException("no input files under " + data);
    }
    Path root = Folders.benchmark(data);
    return printed(EvalScale.report(new EvalScale.Options(root, files, articles, block, events, queries,
        OptionValues.threads(threads), batches)));
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new BadInputException(name + " must be 1 or more, not " + value);
    }
  }
}
