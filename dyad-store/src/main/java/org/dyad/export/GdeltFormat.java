package org.dyad.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.model.EventActor;

/**
 * The 61 columns of GDELT 2.0's event table, with a header line, filled where dyad has the value: dates (the
 * event's day when known at day precision, else the publication day, as GDELT does), actor codes and sector as
 * type code, CAMEO codes, GDELT's quad class from the CAMEO root, Goldstein value, and the action location's name.
 * Mention and source counts are 1 per row, tone and coordinates are left empty. Extra columns follow the 61.
 */
final class GdeltFormat extends LineFormat {
  private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
      "Long", "FeatureID");

  @Override
  public String name() {
    return "gdelt";
  }

  @Override
  public String description() {
    return "tab-separated in GDELT 2.0's 61 event columns, with a header line";
  }

  @Override
  public String contentType() {
    return "text/tab-separated-values; charset=utf-8";
  }

  @Override
  public String extension() {
    return "gdelt.tsv";
  }

  @Override
  String header(List<String> extraColumns) {
    List<String> h = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    ACTOR.forEach(c -> h.add("Actor1" + c));
    ACTOR.forEach(c -> h.add("Actor2" + c));
    h.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      GEO.forEach(c -> h.add(g + c));
    }
    h.addAll(List.of("DATEADDED", "SOURCEURL"));
    extraColumns.forEach(c -> h.add(tsvCell(c)));
    return String.join("\t", h);
  }

  @Override
  String line(Event e, List<String> extraColumns, List<String> extras) {
    String iso = day(e);
    String day = iso == null ? "" : iso.replace("-", "");
    List<String> r = new ArrayList<>(List.of(e.id(), day, day.isEmpty() ? "" : day.substring(0, 6),
        day.isEmpty() ? "" : day.substring(0, 4), fraction(iso)));
    r.addAll(actor(e.source()));
    r.addAll(actor(e.target()));
    String cameo = e.cameo() == null ? "" : e.cameo();
    r.addAll(Arrays.asList("1", cameo, cameo.length() >= 3 ? cameo.substring(0, 3) : cameo,
        cameo.length() >= 2 ? cameo.substring(0, 2) : cameo, quad(cameo), String.valueOf(e.intensity()), "1", "1",
        "1", ""));
    r.addAll(Collections.nCopies(16, ""));
    r.addAll(Arrays.asList(e.location() == null ? "" : "1", e.location() == null ? "" : e.location().name(),
        "", "", "", "", "", ""));
    r.addAll(Arrays.asList(day, e.articleId()));
    r.addAll(extras);
    return String.join("\t", r.stream().map(LineFormat::tsvCell).toList());
  }

  private static List<String> actor(EventActor a) {
    List<String> v = new ArrayList<>(Collections.nCopies(10, ""));
    if (a != null) {
      v.set(0, s(a.code()) + s(a.sector()));
      v.set(1, s(a.name() == null ? a.text() : a.name()).toUpperCase(Locale.ROOT));
      v.set(2, s(a.code()));
      v.set(7, s(a.sector()));
    }
    return v;
  }

  private static String s(String x) {
    return x == null ? "" : x;
  }

  private static String fraction(String iso) {
    if (iso == null) {
      return "";
    }
    int doy = LocalDate.parse(iso).getDayOfYear();
    return String.format(Locale.ROOT, "%s.%04d", iso.substring(0, 4), doy * 10000 / 365);
  }

  /** GDELT's quad class from the CAMEO root: 01-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20 material conflict. */
  static String quad(String cameo) {
    if (cameo == null || cameo.length() < 2) {
      return "";
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    return root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
  }
}
