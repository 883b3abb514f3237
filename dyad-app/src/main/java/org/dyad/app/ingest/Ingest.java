package org.dyad.app.ingest;

import java.nio.file.Path;
import java.util.List;
import org.dyad.extract.RepeatedLines;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.ingest.Skip;
import org.dyad.dictionary.Dictionaries;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Store;
import org.dyad.store.StoreBusyException;
import org.dyad.util.Validate;

/**
 * The embedded ingest: files through the whole pipeline into a store, the one way {@code dyad ingest}, the demo
 * and the benchmarks fill a store.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * What to ingest and how.
   *
   * @param store the store folder (created if absent)
   * @param roots the paths the user named, below which dates in file paths are read
   * @param files the files found under {@code roots}, in reading order
   * @param dates publication dates given for pages without one
   * @param threads pipeline threads, 1 to 256
   * @param quiet count skipped files and warnings without printing each
   * @param events code events (false: extraction and store only)
   * @param waitForStore when another process writes the store, wait for it (false: stop at once)
   * @param unlisted what listing the inputs skipped, reported and counted with the rest
   * @param dictionaries the user's lexicon and actor entries, added to dyad's ({@link Dictionaries#NONE}: none)
   */
  public record Options(Path store, List<Path> roots, List<Path> files, PublishedDates dates, int threads,
      boolean quiet, boolean events, boolean waitForStore, List<Skip> unlisted, Dictionaries dictionaries) {
    /** Validates the thread count and copies the lists. */
    public Options {
      Validate.notNull(store, "store");
      Validate.notNull(dates, "dates");
      Validate.notNull(dictionaries, "dictionaries");
      Validate.isTrue(threads >= 1 && threads <= 256, "threads", threads, "must be between 1 and 256");
      roots = List.copyOf(roots);
      files = List.copyOf(files);
      unlisted = List.copyOf(unlisted);
    }

    /**
     * The defaults of a quiet full run: no dates given, one thread a core, events coded, no waiting for another
     * writer.
     */
    public static Options of(Path store, List<Path> roots, List<Path> files) {
      return new Options(store, roots, files, PublishedDates.NONE, cores(), true, true, false, List.of(),
          Dictionaries.NONE);
    }

    /** These options with publication dates for pages that lack them. */
    public Options withDates(PublishedDates d) {
      return new Options(store, roots, files, d, threads, quiet, events, waitForStore, unlisted, dictionaries);
    }

    /** These options on {@code n} pipeline threads. */
    public Options withThreads(int n) {
      return new Options(store, roots, files, dates, n, quiet, events, waitForStore, unlisted, dictionaries);
    }

    /** These options printing each skipped file and warning on stderr ({@code false}) or only counting them. */
    public Options withQuiet(boolean q) {
      return new Options(store, roots, files, dates, threads, q, events, waitForStore, unlisted, dictionaries);
    }

    /** These options with event coding on or off. */
    public Options withEvents(boolean e) {
      return new Options(store, roots, files, dates, threads, quiet, e, waitForStore, unlisted, dictionaries);
    }

    /** These options waiting for another writer of the store ({@code true}) or stopping at once. */
    public Options withWaitForStore(boolean w) {
      return new Options(store, roots, files, dates, threads, quiet, events, w, unlisted, dictionaries);
    }

    /** These options coding events with the user's dictionaries as well as dyad's. */
    public Options withDictionaries(Dictionaries d) {
      return new Options(store, roots, files, dates, threads, quiet, events, waitForStore, unlisted, d);
    }

    /** These options with what listing the inputs skipped. */
    public Options withUnlisted(List<Skip> skipped) {
      return new Options(store, roots, files, dates, threads, quiet, events, waitForStore, skipped, dictionaries);
    }
  }

  /** The number of cores, the default thread count. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs the pipeline over the options' files into their store; a progress display goes to stderr. */
  public static IngestRunner.Summary run(Options o) throws InterruptedException {
    Reporter reporter = o.quiet() ? Reporter.counting() : new Reporter(System.err);
    o.unlisted().forEach(reporter);
    try (Store store = open(o.store(), o.waitForStore()); Progress progress = Progress.of("ingest", o.files().size())) {
      Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, o.dates(), o.roots());
      RepeatedLines repeated = repeatedLines(inputs, o.files());
      Pipeline pipeline = o.events() ? Pipeline.withDictionaries(repeated, o.dictionaries())
          : Pipeline.extractionOnly(repeated);
      return new IngestRunner(store, inputs, pipeline, o.threads(), reporter).run(o.files(), progress);
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
  public static RepeatedLines repeatedLines(Inputs inputs, List<Path> files) {
    RepeatedLines.Builder builder = new RepeatedLines.Builder();
    for (Path f : files) {
      String group = RepeatedLines.group(f.toAbsolutePath().toString());
      if (group != null) {
        inputs.read(f, doc -> builder.add(group, doc.content()), skip -> { });
      }
    }
    return builder.build();
  }
}
