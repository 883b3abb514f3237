package org.dyad.app.cli;

import org.dyad.util.BadInputException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.app.service.SeriesTable;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad series}: the cooperation–conflict series of a dyad, counted over stories. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = {"Print the cooperation-conflict series of a dyad, period by period.",
        "Per period: stories by PLOVER type and quad class, mean and summed Goldstein intensity, cooperation share; "
            + "and the turning points (thaws, freezes).",
        "Counts are over stories (a story reported by many outlets counts once) of occurred events."})
final class SeriesCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--dyad", required = true, paramLabel = "A:B", description = "A:B both directions, A>B one; a side may name a sector (SYR/GOV:SYR/REB)")
  String dyad;

  @Option(names = "--by", defaultValue = "month", paramLabel = "P", description = "week, month (default), quarter or year")
  String by;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "F", description = "csv (default) or json")
  String format;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    Period period = Period.parse(by);
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("json")) {
      throw new BadInputException("--format must be csv or json, got '" + format + "'");
    }
    EventQuery query = EventQuery.all().withDyad(dyad);
    try (Store s = store.open()) {
      DyadSeries series = s.series(query, period);
      System.out.print(f.equals("json") ? Json.line(series) + "\n" : SeriesTable.csv(series));
    }
    return 0;
  }
}
