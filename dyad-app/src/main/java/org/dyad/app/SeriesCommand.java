package org.dyad.app;

import org.dyad.util.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.dyad.series.Quad;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad series}: the cooperation–conflict series of a dyad, counted over stories. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = {"Print the cooperation-conflict series of a dyad, period by period.",
        "Per period: stories by PLOVER type and quad class, mean and summed Goldstein intensity, cooperation share; "
            + "and the turning points (thaws, freezes).",
        "Counts are over stories (a story reported by many outlets counts once) of occurred events."})
final class SeriesCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store folder")
  Path storeDir;

  @Option(names = "--dyad", required = true, paramLabel = "A:B", description = "A:B both directions, A>B one; a side may name a sector (SYR/GOV:SYR/REB)")
  String dyad;

  @Option(names = "--by", defaultValue = "month", paramLabel = "P", description = "week, month (default), quarter or year")
  String by;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "F", description = "csv (default) or json")
  String format;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Period period = Period.parse(by);
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("json")) {
      throw new BadInputException("--format must be csv or json, got '" + format + "'");
    }
    EventQuery query = EventQuery.all().withDyad(dyad);
    try (Store store = StoreOptions.openExisting(storeDir)) {
      DyadSeries series = store.series(query, period);
      System.out.print(f.equals("json") ? Json.line(series) + "\n" : csv(series));
    }
    return 0;
  }

  /** One row per period; quad classes, then the PLOVER types seen, then intensities and share. */
  static String csv(DyadSeries s) {
    List<String> types = new ArrayList<>(new TreeSet<>(Quad.types()));
    Map<String, String> turns = s.turningPoints().stream()
        .collect(Collectors.toMap(DyadSeries.TurningPoint::period, DyadSeries.TurningPoint::kind));
    StringBuilder b = new StringBuilder("period,start,stories,mentions,");
    b.append(Quad.CLASSES.stream().map(q -> q.replace('-', '_')).collect(Collectors.joining(","))).append(',');
    b.append(types.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
    b.append(",mean_intensity,sum_intensity,cooperation_share,turning_point\n");
    for (DyadSeries.Point p : s.points()) {
      List<Object> row = new ArrayList<>(List.of(p.period(), p.start(), p.stories(), p.mentions()));
      Quad.CLASSES.forEach(q -> row.add(p.byQuad().getOrDefault(q, 0)));
      types.forEach(t -> row.add(p.byType().getOrDefault(t, 0)));
      row.add(p.meanIntensity() == null ? "" : p.meanIntensity());
      row.add(p.sumIntensity());
      row.add(p.cooperationShare() == null ? "" : p.cooperationShare());
      row.add(turns.getOrDefault(p.period(), ""));
      b.append(row.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
    }
    return b.toString();
  }
}
