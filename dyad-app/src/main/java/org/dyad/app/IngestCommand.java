package org.dyad.app;

import org.dyad.util.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.extract.RepeatedLines;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.ingest.Skip;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Store;
import org.dyad.store.StoreBusyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: the full pipeline into a store, idempotent and resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Run the full pipeline over files and folders into a store.",
        "Idempotent: a document already stored is skipped by content hash; an interrupted run resumes."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
  List<Path> paths;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store folder (created if absent)")
  Path storeDir;

  @Option(names = "--threads", paramLabel = "N", description = "pipeline threads (default: number of cores)")
  Integer threads;

  @Option(names = "--published-from", paramLabel = "FILE", description = "CSV 'path,published' for pages without dates")
  Path publishedFrom;

  @Option(names = "--no-events", description = "extraction and store only, no event coding (fast; for full-text work)")
  boolean noEvents;

  @Option(names = "--wait", description = "when another ingest is writing the store, wait for it to finish "
      + "(default: stop at once with a message)")
  boolean waitForStore;

  @Option(names = "--quiet", description = "print only the summary, not each skipped file")
  boolean quiet;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws InterruptedException {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      throw new BadInputException("--threads must be between 1 and 256, got " + n);
    }
    PublishedDates dates = publishedFrom == null ? PublishedDates.NONE : PublishedDates.load(publishedFrom);
    Dictionaries user = dictionaries.load(System.err); // checked before the store is opened: a bad line touches nothing
    List<Skip> unlisted = new ArrayList<>();
    List<Path> files = Inputs.files(paths, unlisted::add);
    IngestRunner.Summary summary = ingest(storeDir, paths, files, dates, n, quiet, !noEvents, waitForStore, unlisted,
        user);
    System.err.println(summary.line());
    return 0;
  }

  /** Ingests {@code files} (found under {@code roots}) into the store at {@code dir} with the full pipeline. */
  static IngestRunner.Summary ingest(Path dir, List<Path> roots, List<Path> files, PublishedDates dates, int threads,
      boolean quiet) throws InterruptedException {
    return ingest(dir, roots, files, dates, threads, quiet, true);
  }

  /**
   * Ingests {@code files} into the store at {@code dir}, coding events unless {@code events} is false; dates in
   * paths are read below {@code roots}, the paths the user named.
   */
  static IngestRunner.Summary ingest(Path dir, List<Path> roots, List<Path> files, PublishedDates dates, int threads,
      boolean quiet, boolean events) throws InterruptedException {
    return ingest(dir, roots, files, dates, threads, quiet, events, false, List.of());
  }

  /**
   * As above; when another process is writing the store, waits for it to finish if {@code wait}, else stops at
   * once with a one-line message; {@code unlisted} are what listing the inputs skipped, reported and counted
   * with the rest.
   */
  static IngestRunner.Summary ingest(Path dir, List<Path> roots, List<Path> files, PublishedDates dates, int threads,
      boolean quiet, boolean events, boolean wait, List<Skip> unlisted) throws InterruptedException {
    return ingest(dir, roots, files, dates, threads, quiet, events, wait, unlisted, Dictionaries.NONE);
  }

  /** As above, coding events with the user's dictionaries added to dyad's lexicon and actors. */
  static IngestRunner.Summary ingest(Path dir, List<Path> roots, List<Path> files, PublishedDates dates, int threads,
      boolean quiet, boolean events, boolean wait, List<Skip> unlisted, Dictionaries user)
      throws InterruptedException {
    Reporter reporter = quiet ? Reporter.counting() : new Reporter(System.err);
    unlisted.forEach(reporter);
    try (Store store = open(dir, wait); Progress progress = Progress.of("ingest", files.size())) {
      Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, dates, roots);
      RepeatedLines repeated = repeatedLines(inputs, files);
      Pipeline pipeline = events ? Pipeline.withDictionaries(repeated, user) : Pipeline.extractionOnly(repeated);
      return new IngestRunner(store, inputs, pipeline, threads, reporter).run(files, progress);
    }
  }

  /** The store for writing; a wait for another writer is announced, so a silent terminal is not taken for a hang. */
  private static Store open(Path dir, boolean wait) {
    try {
      return Store.open(dir, false);
    } catch (StoreBusyException e) {
      if (!wait) {
        throw e;
      }
      System.err.println("dyad ingest: waiting for the other ingest into " + dir + " to finish ...");
      return Store.open(dir, true);
    }
  }

  /** Lines repeated across the text dumps of one folder: page furniture that no single page reveals. */
  static RepeatedLines repeatedLines(Inputs inputs, List<Path> files) {
    RepeatedLines.Builder builder = new RepeatedLines.Builder();
    for (Path f : files) {
      if (f.getFileName().toString().endsWith(".txt")) {
        String group = String.valueOf(f.toAbsolutePath().getParent());
        inputs.read(f, doc -> builder.add(group, doc.content()), skip -> { });
      }
    }
    return builder.build(3, 0.3);
  }
}
