package org.dyad.app;

import org.dyad.util.BadInputException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.EventActor;

/** Writes events as JSONL (the contract), CSV (flat columns) or GDELT 2.0-style tab-separated rows. */
abstract class EventWriter {
  private static final List<String> FORMATS = List.of("jsonl", "csv", "gdelt");

  abstract void write(List<Event> events, PrintStream out);

  /** The writer for a --format value; fails naming the option. */
  static EventWriter forFormat(String name) {
    String f = name == null ? "jsonl" : name.strip().toLowerCase(Locale.ROOT);
    return switch (f) {
      case "jsonl" -> new Jsonl();
      case "csv" -> new Csv();
      case "gdelt" -> new Gdelt();
      default -> throw new BadInputException("--format must be one of " + FORMATS + ", got '" + name + "'");
    };
  }

  private static final class Jsonl extends EventWriter {
    @Override
    void write(List<Event> events, PrintStream out) {
      events.forEach(e -> out.println(EventsCommand.json(e)));
    }
  }

  /** One row per event; actor and location fields flattened; RFC 4180 quoting. */
  private static final class Csv extends EventWriter {
    private static final String HEADER = "id,article_id,outlet,published,date,date_precision,date_text,"
        + "source_code,source_sector,source_name,source_text,target_code,target_sector,target_name,target_text,"
        + "plover,mode,cameo,intensity,status,location_name,location_code,confidence,story_id,sentence_index,sentence";

    @Override
    void write(List<Event> events, PrintStream out) {
      out.println(HEADER);
      for (Event e : events) {
        List<Object> v = new ArrayList<>(Arrays.asList(e.id(), e.articleId(), e.outlet(), e.published(), e.date(),
            e.datePrecision(), e.dateText()));
        v.addAll(actor(e.source()));
        v.addAll(actor(e.target()));
        v.addAll(Arrays.asList(e.plover(), e.mode(), e.cameo(), e.intensity(), e.status(),
            e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().code(),
            e.confidence(), e.storyId(), e.sentenceIndex(), e.sentence()));
        out.println(String.join(",", v.stream().map(Csv::cell).toList()));
      }
    }

    private static List<Object> actor(EventActor a) {
      return a == null ? Arrays.asList(null, null, null, null) : Arrays.asList(a.code(), a.sector(), a.name(), a.text());
    }

    static String cell(Object o) {
      if (o == null) {
        return "";
      }
      String s = String.valueOf(o);
      return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
  }

  /**
   * The 61 columns of GDELT 2.0's event table, filled where dyad has the value: dates (the event's day when
   * known at day precision, else the publication day, as GDELT does), actor codes and sector as type code, CAMEO
   * codes, GDELT's quad class from the CAMEO root, Goldstein value, and the action location's name. Mention and
   * source counts are 1 per row, tone and coordinates are left empty.
   */
  private static final class Gdelt extends EventWriter {
    private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
        "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
    private static final List<String> GEO = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
        "Long", "FeatureID");

    @Override
    void write(List<Event> events, PrintStream out) {
      out.println(String.join("\t", header()));
      events.forEach(e -> out.println(String.join("\t", row(e).stream().map(v -> v == null ? "" : v).toList())));
    }

    private static List<String> header() {
      List<String> h = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
      ACTOR.forEach(c -> h.add("Actor1" + c));
      ACTOR.forEach(c -> h.add("Actor2" + c));
      h.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
          "NumMentions", "NumSources", "NumArticles", "AvgTone"));
      for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
        GEO.forEach(c -> h.add(g + c));
      }
      h.addAll(List.of("DATEADDED", "SOURCEURL"));
      return h;
    }

    private static List<String> row(Event e) {
      String day = day(e);
      List<String> r = new ArrayList<>(List.of(e.id(), day, day.isEmpty() ? "" : day.substring(0, 6),
          day.isEmpty() ? "" : day.substring(0, 4), fraction(day)));
      r.addAll(actor(e.source()));
      r.addAll(actor(e.target()));
      String cameo = e.cameo() == null ? "" : e.cameo();
      r.addAll(Arrays.asList("1", cameo, cameo.length() >= 3 ? cameo.substring(0, 3) : cameo,
          cameo.length() >= 2 ? cameo.substring(0, 2) : cameo, quad(cameo), String.valueOf(e.intensity()), "1", "1",
          "1", ""));
      r.addAll(java.util.Collections.nCopies(16, ""));
      r.addAll(Arrays.asList(e.location() == null ? "" : "1", e.location() == null ? "" : e.location().name(),
          "", "", "", "", "", ""));
      r.addAll(Arrays.asList(day, e.articleId()));
      return r;
    }

    private static List<String> actor(EventActor a) {
      List<String> v = new ArrayList<>(java.util.Collections.nCopies(10, ""));
      if (a != null) {
        Function<String, String> s = x -> x == null ? "" : x;
        v.set(0, s.apply(a.code()) + s.apply(a.sector()));
        v.set(1, s.apply(a.name() == null ? a.text() : a.name()).toUpperCase(Locale.ROOT));
        v.set(2, s.apply(a.code()));
        v.set(7, s.apply(a.sector()));
      }
      return v;
    }

    private static String day(Event e) {
      String d = "day".equals(e.datePrecision()) && e.date() != null ? e.date() : e.published();
      return d == null || d.length() < 10 ? "" : d.substring(0, 10).replace("-", "");
    }

    private static String fraction(String day) {
      if (day.isEmpty()) {
        return "";
      }
      int doy = java.time.LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).getDayOfYear();
      return String.format(Locale.ROOT, "%s.%04d", day.substring(0, 4), doy * 10000 / 365);
    }

    /** GDELT's quad class from the CAMEO root: 01-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20 material conflict. */
    private static String quad(String cameo) {
      if (cameo.length() < 2) {
        return "";
      }
      int root = Integer.parseInt(cameo.substring(0, 2));
      return root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
    }
  }
}
