package org.dyad.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.model.PloverType;
import org.dyad.model.Quad;
import org.dyad.series.DyadSeries;

/** A dyad series as CSV, the default output of {@code dyad series}. */
public final class SeriesTable {
  private SeriesTable() {}

  /** One row per period; quad classes, then the PLOVER types, then intensities, share and turning point. */
  public static String csv(DyadSeries s) {
    List<String> types = new ArrayList<>(new TreeSet<>(PloverType.contracts()));
    Map<String, String> turns = s.turningPoints().stream()
        .collect(Collectors.toMap(DyadSeries.TurningPoint::period, DyadSeries.TurningPoint::kind));
    StringBuilder b = new StringBuilder("period,start,stories,mentions,");
    b.append(Quad.contracts().stream().map(q -> q.replace('-', '_')).collect(Collectors.joining(","))).append(',');
    b.append(types.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
    b.append(",mean_intensity,sum_intensity,cooperation_share,turning_point\n");
    for (DyadSeries.Point p : s.points()) {
      List<Object> row = new ArrayList<>(List.of(p.period(), p.start(), p.stories(), p.mentions()));
      Quad.contracts().forEach(q -> row.add(p.byQuad().getOrDefault(q, 0)));
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
