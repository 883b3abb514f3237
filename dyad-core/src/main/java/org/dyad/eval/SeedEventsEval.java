package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.util.Json;

/**
 * Scores dyad's events on the seed articles against {@code gold/seeds.events.jsonl}: core-event
 * recall, precision of reported dyadic events, and planned or hypothetical gold events reported as occurred.
 */
public final class SeedEventsEval {
  private final List<JsonNode> gold;
  private final Map<String, LocalDate> published;

  private SeedEventsEval(List<JsonNode> gold, Map<String, LocalDate> published) {
    this.gold = gold;
    this.published = published;
  }

  /** Reads the gold files under {@code shared/gold}. */
  public static SeedEventsEval load(Path shared) {
    List<JsonNode> events = lines(shared.resolve("gold/seeds.events.jsonl"));
    Map<String, LocalDate> dates = new HashMap<>();
    for (JsonNode a : lines(shared.resolve("gold/seeds.articles.jsonl"))) {
      JsonNode p = a.get("published");
      dates.put(a.get("doc").asText(), p == null || p.isNull() ? null : LocalDate.parse(p.asText().substring(0, 10)));
    }
    return new SeedEventsEval(events, dates);
  }

  /** The seed documents the gold covers, by file name. */
  public List<String> docs() {
    return gold.stream().map(g -> g.get("doc").asText()).distinct().toList();
  }

  /** Scores the events {@code eventsOf} gives for each seed document (by file name). */
  public Result score(Function<String, List<Event>> eventsOf) {
    Result r = new Result();
    for (String doc : docs()) {
      List<Event> events = eventsOf.apply(doc);
      List<JsonNode> docGold = gold.stream().filter(g -> g.get("doc").asText().equals(doc)).toList();
      scoreCore(doc, docGold, events, r);
      scorePrecision(doc, docGold, events, r);
    }
    return r;
  }

  private void scoreCore(String doc, List<JsonNode> docGold, List<Event> events, Result r) {
    for (JsonNode g : docGold) {
      List<Event> fromCue = events.stream().filter(e -> inCueSentence(g, e)).toList();
      if (g.get("core").asBoolean()) {
        r.coreTotal++;
        boolean found = fromCue.stream().anyMatch(e -> matches(doc, g, e, true));
        r.coreFound += found ? 1 : 0;
        if (!found) {
          r.misses.add(g.get("id").asText() + " " + g.get("what").asText());
        }
      }
      if (!accepts(g.get("status"), "occurred")) {
        r.hypotheticalAsOccurred += (int) fromCue.stream()
            .filter(e -> e.eventStatus() == EventStatus.OCCURRED && actorsMatch(g, e)
                && accepts(g.get("plover"), e.plover())).count();
      }
    }
  }

  private void scorePrecision(String doc, List<JsonNode> docGold, List<Event> events, Result r) {
    for (Event e : events) {
      if (!e.dyadic() || e.source().code().equals(e.target().code())) {
        continue; // the gold codes events between states; one state's police and protesters are not in it
      }
      r.dyadic++;
      boolean counterpart = docGold.stream().anyMatch(g -> actorsMatch(g, e) && accepts(g.get("plover"), e.plover()));
      r.dyadicMatched += counterpart ? 1 : 0;
      if (!counterpart) {
        r.extras.add(doc + ": " + e.source().code() + " " + e.plover() + " " + e.target().code() + " ← " + e.sentence());
      }
    }
  }

  private static boolean inCueSentence(JsonNode g, Event e) {
    return squash(e.sentence()).contains(squash(g.get("cue").asText()));
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").replace('\u201c', '"').replace('\u201d', '"');
  }

  private boolean matches(String doc, JsonNode g, Event e, boolean withDate) {
    return accepts(g.get("plover"), e.plover()) && accepts(g.get("status"), e.status()) && actorsMatch(g, e)
        && (!withDate || dateInside(doc, g, e));
  }

  private static boolean accepts(JsonNode list, String value) {
    for (JsonNode v : list) {
      if (v.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean actorsMatch(JsonNode g, Event e) {
    String s = e.source() == null ? null : e.source().code();
    String t = e.target() == null ? null : e.target().code();
    String gs = g.get("source").asText();
    String gt = g.get("target").asText();
    boolean forward = gs.equals(s) && gt.equals(t);
    return forward || (g.get("symmetric").asBoolean() && gs.equals(t) && gt.equals(s));
  }

  /** The event's date range lies inside the gold window; an occurred event cannot lie after publication. */
  private boolean dateInside(String doc, JsonNode g, Event e) {
    JsonNode window = g.get("date_window");
    if (g.get("date") == null || g.get("date").isNull() || window == null || window.isNull()) {
      return true;
    }
    LocalDate[] range = range(e.date(), e.datePrecision());
    if (range == null) {
      return false;
    }
    LocalDate pub = published.get(doc);
    LocalDate end = e.eventStatus() == EventStatus.OCCURRED && pub != null && range[1].isAfter(pub) ? pub : range[1];
    return !range[0].isBefore(LocalDate.parse(window.get(0).asText())) && !end.isAfter(LocalDate.parse(window.get(1).asText()));
  }

  static LocalDate[] range(String date, String precision) {
    if (date == null) {
      return null;
    }
    return switch (precision) {
      case "day" -> new LocalDate[] {LocalDate.parse(date), LocalDate.parse(date)};
      case "month" -> new LocalDate[] {YearMonth.parse(date).atDay(1), YearMonth.parse(date).atEndOfMonth()};
      case "year" -> new LocalDate[] {LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31)};
      case "week" -> week(date);
      default -> null;
    };
  }

  private static LocalDate[] week(String date) {
    String[] p = date.split("-W");
    LocalDate monday = LocalDate.of(Integer.parseInt(p[0]), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(p[1])).with(java.time.DayOfWeek.MONDAY);
    return new LocalDate[] {monday, monday.plusDays(6)};
  }

  private static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
  }

  /** The figures of one run. */
  public static final class Result {
    int coreTotal;
    int coreFound;
    int dyadic;
    int dyadicMatched;
    int hypotheticalAsOccurred;
    final List<String> misses = new ArrayList<>();
    final List<String> extras = new ArrayList<>();

    /** Core events found / core events. */
    public double coreRecall() {
      return coreTotal == 0 ? 0 : (double) coreFound / coreTotal;
    }

    /** Dyadic events with a gold counterpart / dyadic events reported. */
    public double precision() {
      return dyadic == 0 ? 0 : (double) dyadicMatched / dyadic;
    }

    /** Planned or hypothetical gold events reported as occurred. */
    public int hypotheticalAsOccurred() {
      return hypotheticalAsOccurred;
    }

    /** Core events missed, as "id what". */
    public List<String> misses() {
      return List.copyOf(misses);
    }

    /** Dyadic events without a gold counterpart. */
    public List<String> extras() {
      return List.copyOf(extras);
    }

    /** The figures as a plain-text table. */
    public String table() {
      return String.format("metric                          value%n"
          + "core-event recall               %.3f (%d/%d)%n"
          + "dyadic-event precision          %.3f (%d/%d)%n"
          + "planned/hypothetical as occurred %d%n",
          coreRecall(), coreFound, coreTotal, precision(), dyadicMatched, dyadic, hypotheticalAsOccurred);
    }

    /** The figures for JSON output. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("core_recall", coreRecall());
      m.put("core_found", coreFound);
      m.put("core_total", coreTotal);
      m.put("precision", precision());
      m.put("dyadic_matched", dyadicMatched);
      m.put("dyadic_reported", dyadic);
      m.put("hypothetical_as_occurred", hypotheticalAsOccurred);
      m.put("misses", misses());
      m.put("extras", extras());
      return m;
    }
  }
}
