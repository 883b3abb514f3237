package org.dyad.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.export.EventFormat;
import org.dyad.export.Exports;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: events from a store, filtered, in any format of {@link Exports}, streamed a page at a time. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Print events from a store.")
final class EventsCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  EventFilter filter;

  @Option(names = "--type", paramLabel = "T", description = "PLOVER type, e.g. CONSULT")
  String type;

  @Option(names = "--status", paramLabel = "S", description = "occurred, planned, hypothetical or negated")
  String status;

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), plover, "
      + "cameo, gdelt, csv or parquet")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path output;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    EventFormat f = Exports.named(format);
    EventQuery query = filter.query().withTypeAndStatus(OptionValues.upper(type), OptionValues.lower(status));
    try (Store s = store.open();
        OutputStream out = output == null ? new NonClosingOutput(System.out) : Files.newOutputStream(output)) {
      long n = Exports.write(s, query, f, out);
      if (output != null) {
        System.err.println("events: " + n + " events written to " + output + " (" + f.name() + ")");
      }
    }
    return 0;
  }
}
