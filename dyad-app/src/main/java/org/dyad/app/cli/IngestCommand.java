package org.dyad.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ingest.Ingest;
import org.dyad.dictionary.Dictionaries;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.ingest.Skip;
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

  @Mixin
  VerboseOption verbose;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws InterruptedException {
    int n = OptionValues.threads(threads);
    PublishedDates dates = publishedFrom == null ? PublishedDates.NONE : PublishedDates.load(publishedFrom);
    Dictionaries user = dictionaries.load(System.err); // checked before the store is opened: a bad line touches nothing
    List<Skip> unlisted = new ArrayList<>();
    List<Path> files = Inputs.files(paths, unlisted::add);
    Ingest.Options options = Ingest.Options.of(storeDir, paths, files).withDates(dates).withThreads(n)
        .withQuiet(quiet).withEvents(!noEvents).withWaitForStore(waitForStore).withUnlisted(unlisted)
        .withDictionaries(user);
    System.err.println(Ingest.run(options).line());
    return 0;
  }
}
