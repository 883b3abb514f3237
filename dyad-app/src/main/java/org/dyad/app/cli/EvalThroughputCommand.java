package org.dyad.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalThroughput;
import org.dyad.app.eval.Folders;
import org.dyad.ingest.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval throughput DATA}: ingest speed against CoreNLP's default annotators ({@link EvalThroughput}). */
@Command(name = "throughput", mixinStandardHelpOptions = true,
    description = {"Ingest speed: articles and tokens a second, against CoreNLP's default annotators.",
        "The whole default ingest into a fresh temporary store, then CoreNLP's default annotators (tokenize, "
            + "ssplit, pos, lemma, ner, depparse) on the first articles as the baseline."})
final class EvalThroughputCommand extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA", description = "a corpus folder, e.g. ../shared/bench/t17")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "ingest only the first N files (quick checks)")
  Integer limit;

  @Option(names = "--baseline", paramLabel = "N", defaultValue = "200",
      description = "articles the baseline annotates (default: ${DEFAULT-VALUE}; 0 skips it)")
  int baselineArticles;

  @Option(names = "--threads", paramLabel = "N", description = "threads for both runs (default: number of cores)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    int n = OptionValues.threads(threads);
    List<Path> files = Inputs.files(List.of(Folders.benchmark(data)));
    files = limit == null ? files : files.subList(0, Math.min(limit, files.size()));
    return printed(EvalThroughput.report(data, files, n, baselineArticles));
  }
}
