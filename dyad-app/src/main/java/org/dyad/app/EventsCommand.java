package org.dyad.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.export.EventFormat;
import org.dyad.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad events}: events from a store, filtered, in any format of {@link Exports}, streamed a page at a time. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Print events from a store.")
final class EventsCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store folder")
  Path storeDir;

  @Option(names = "--dyad", paramLabel = "A:B|A>B", description = "A:B both directions, A>B only A acting on B; a side may name a sector, SYR/GOV:SYR/REB")
  String dyad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day of the period")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day of the period")
  String to;

  @Option(names = "--type", paramLabel = "T", description = "PLOVER type, e.g. CONSULT")
  String type;

  @Option(names = "--status", paramLabel = "S", description = "occurred, planned, hypothetical or negated")
  String status;

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), plover, "
      + "cameo, gdelt, csv or parquet")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path output;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    EventFormat f = Exports.named(format);
    EventQuery query = EventQuery.all().withDyad(dyad).withPeriod(Dates.parseDay("--from", from),
        Dates.parseDay("--to", to)).withTypeAndStatus(upper(type), lower(status));
    try (Store store = StoreOptions.openExisting(storeDir);
        OutputStream out = output == null ? new NonClosingOutput(System.out) : Files.newOutputStream(output)) {
      long n = Exports.write(store, query, f, out);
      if (output != null) {
        System.err.println("events: " + n + " events written to " + output + " (" + f.name() + ")");
      }
    }
    return 0;
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
