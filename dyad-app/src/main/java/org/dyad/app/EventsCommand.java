package org.dyad.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad events}: events from a store, filtered, as JSONL, CSV or GDELT-style TSV. */
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

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), csv or gdelt")
  String format;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    EventWriter writer = EventWriter.forFormat(format);
    EventQuery query = EventQuery.all().withDyad(dyad).withPeriod(Dates.parseDay("--from", from),
        Dates.parseDay("--to", to)).withTypeAndStatus(upper(type), lower(status));
    try (Store store = StoreOptions.openExisting(storeDir)) {
      List<Event> events = store.events(query);
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      writer.write(events, out);
      out.flush();
    }
    return 0;
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** JSONL is the contract's format; the writer picks one by name. */
  static String json(Event e) {
    return Json.line(e);
  }
}
