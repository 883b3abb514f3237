package org.dyad.app.cli;

import java.time.LocalDate;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Option;

/** {@code --dyad}, {@code --from} and {@code --to}: the events of a dyad in a period, as the commands filter them. */
final class EventFilter {
  @Option(names = "--dyad", paramLabel = "A:B|A>B",
      description = "A:B both directions, A>B only A acting on B; a side may name a sector, SYR/GOV:SYR/REB")
  String dyad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day of the period")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day of the period")
  String to;

  /** The first day, or null for no bound; a bad date is bad input naming --from. */
  LocalDate fromDay() {
    return OptionValues.day("--from", from);
  }

  /** The last day, or null for no bound; a bad date is bad input naming --to. */
  LocalDate toDay() {
    return OptionValues.day("--to", to);
  }

  /** Every event of the dyad (all events when none is given) in the period. */
  EventQuery query() {
    return EventQuery.all().withDyad(dyad).withPeriod(fromDay(), toDay());
  }
}
