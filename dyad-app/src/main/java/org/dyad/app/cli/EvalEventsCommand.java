package org.dyad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval events DATA}: hand-coded events of a folder like events-reuters, ingested as one corpus. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Event coding against hand-coded gold: core recall, precision and anticipated-as-occurred.",
        "Ingest DATA/articles.jsonl as one corpus into a fresh store, then score core recall (nested: from the "
            + "cue's sentence, + actors, + type, + status, + date), precision of dyadic events and "
            + "planned/hypothetical events reported as occurred (DATA/README.md)."})
final class EvalEventsCommand extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA", description = "a folder with articles.jsonl and gold.jsonl")
  Path data;

  @Option(names = "--store", paramLabel = "DIR",
      description = "ingest into DIR and keep it, reusing it when it exists (default: a temporary store)")
  Path store;

  @Option(names = "--threads", paramLabel = "N", description = "ingest threads (default: number of cores)")
  Integer threads;

  @Option(names = "--list", description = "also print every core miss, every false dyadic event and every planned or "
      + "hypothetical event reported as occurred, with its sentence")
  boolean list;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int n = OptionValues.threads(threads);
    return printed(EvalEvents.report(data, store, n, list, dictionaries.load(System.err)));
  }
}
