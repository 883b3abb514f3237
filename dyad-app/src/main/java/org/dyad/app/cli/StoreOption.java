package org.dyad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.dyad.util.BadInputException;
import picocli.CommandLine.Option;

/** {@code --store DIR} of the commands that read a store, opened with errors that name the folder. */
final class StoreOption {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store folder")
  Path dir;

  /**
   * Opens the store, which must already exist, for reading (reading commands never create one by mistake, and run
   * while an ingest or a server uses the same store).
   */
  Store open() {
    if (Files.isDirectory(dir) && Store.isParquet(dir)) {
      return Store.openParquet(dir); // the Spark job's output, browsed like a local store
    }
    if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("dyad.duckdb"))) {
      throw new BadInputException("no dyad store at " + dir + " (create one with 'dyad ingest PATH --store " + dir + "')");
    }
    return Store.openReading(dir); // beside an ingest that may be writing it
  }
}
