package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.util.BadInputException;
import org.dyad.util.Json;

/**
 * Scores events against a hand-coded folder laid out like {@code bench/events-reuters} ({@code articles.jsonl}
 * and {@code gold.jsonl}), with the metric its README defines: core recall with the nested figures actors →
 * +type → +status → +date, precision of dyadic events, and planned or hypothetical events reported as occurred.
 */
public final class EventsEval {
  /** The stages a core gold event passes, in order; a miss stops at the first one failed. */
  public enum Stage { SENTENCE, ACTORS, TYPE, STATUS, DATE }

  private final List<Gold> gold;

  private EventsEval(List<Gold> gold) {
    this.gold = gold;
  }

  /** One hand-coded event. */
  record Gold(String article, String id, boolean core, String source, String target, boolean symmetric,
      List<String> plover, String status, LocalDate[] window, String cue, String summary) {

    boolean actors(Event e) {
      String s = e.source() == null ? null : e.source().code();
      String t = e.target() == null ? null : e.target().code();
      return (source.equals(s) && target.equals(t)) || (symmetric && source.equals(t) && target.equals(s));
    }

    boolean type(Event e) {
      return plover.contains(e.plover());
    }

    boolean status(Event e) {
      return statusClass(status).equals(statusClass(e.status()));
    }

    boolean inCue(Event e) {
      return squash(e.sentence()).contains(squash(cue));
    }

    /** The event's date span overlaps the window, and is at most 31 days wide where the window is narrower. */
    boolean date(Event e) {
      if (window == null) {
        return true;
      }
      LocalDate[] span = SeedEventsEval.range(e.date(), e.datePrecision());
      if (span == null || span[1].isBefore(window[0]) || span[0].isAfter(window[1])) {
        return false;
      }
      long width = ChronoUnit.DAYS.between(span[0], span[1]) + 1;
      long windowWidth = ChronoUnit.DAYS.between(window[0], window[1]) + 1;
      return width <= 31 || windowWidth >= width;
    }

    boolean anticipated() {
      return statusClass(status).equals("planned");
    }
  }

  /** Planned and hypothetical count as one status. */
  static String statusClass(String status) {
    return status.equals("hypothetical") ? "planned" : status;
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", " ").replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'').trim();
  }

  /** Reads {@code gold.jsonl} of a folder; fails with a one-line message naming the file when it is missing or bad. */
  public static EventsEval load(Path folder) {
    Path file = folder.resolve("gold.jsonl");
    if (!Files.isRegularFile(file) || !Files.isRegularFile(folder.resolve("articles.jsonl"))) {
      throw new BadInputException("not an events benchmark folder (needs articles.jsonl and gold.jsonl): " + folder);
    }
    List<Gold> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file)) {
        n++;
        if (!line.isBlank()) {
          out.add(gold(Json.mapper().readTree(line), file, n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new EventsEval(out);
  }

  private static Gold gold(JsonNode g, Path file, int line) {
    try {
      List<String> plover = new ArrayList<>(List.of(g.get("plover").asText()));
      g.path("plover_alt").forEach(p -> plover.add(p.asText()));
      JsonNode w = g.get("date_window");
      LocalDate[] window = w == null || w.isNull() ? null
          : new LocalDate[] {LocalDate.parse(w.get(0).asText()), LocalDate.parse(w.get(1).asText())};
      return new Gold(g.get("article").asText(), g.get("id").asText(), g.get("core").asBoolean(),
          g.get("source").asText(), g.get("target").asText(), g.path("symmetric").asBoolean(), List.copyOf(plover),
          g.get("status").asText(), window, g.get("cue").asText(), g.path("summary").asText(""));
    } catch (RuntimeException e) {
      throw new BadInputException(file + ":" + line + ": not a gold event (" + e.getMessage() + ")");
    }
  }

  /** The gold's article ids, in order. */
  public List<String> articles() {
    return gold.stream().map(Gold::article).distinct().toList();
  }

  /** Scores the events {@code eventsOf} gives for each gold article id. */
  public Result score(Function<String, List<Event>> eventsOf) {
    Result r = new Result();
    for (String article : articles()) {
      List<Event> events = eventsOf.apply(article);
      List<Gold> docGold = gold.stream().filter(g -> g.article().equals(article)).toList();
      for (Gold g : docGold) {
        if (g.core()) {
          scoreCore(g, events, r);
        }
      }
      scoreReported(article, docGold, events, r);
    }
    return r;
  }

  private static void scoreCore(Gold g, List<Event> events, Result r) {
    Stage best = null;
    for (Event e : events) {
      Stage reached = reached(g, e);
      if (reached != null && (best == null || reached.compareTo(best) > 0)) {
        best = reached;
      }
    }
    r.core++;
    for (Stage s : Stage.values()) {
      if (best != null && best.compareTo(s) >= 0) {
        r.reached.merge(s, 1, Integer::sum);
      }
    }
    if (best != Stage.DATE) {
      r.misses.add(new Miss(g, best == null ? "no event from the cue's sentence" : "stops after " + best.name().toLowerCase(),
          closest(g, events)));
    }
  }

  /** The last stage of the nesting that event {@code e} passes for gold {@code g}, or null when it is not from the cue. */
  static Stage reached(Gold g, Event e) {
    if (!g.inCue(e)) {
      return null;
    }
    if (!g.actors(e)) {
      return Stage.SENTENCE;
    }
    if (!g.type(e)) {
      return Stage.ACTORS;
    }
    if (!g.status(e)) {
      return Stage.TYPE;
    }
    return g.date(e) ? Stage.DATE : Stage.STATUS;
  }

  private static String closest(Gold g, List<Event> events) {
    Stage best = null;
    Event at = null;
    for (Event e : events) {
      Stage s = reached(g, e);
      if (s != null && (best == null || s.compareTo(best) > 0)) {
        best = s;
        at = e;
      }
    }
    return at == null ? null : describe(at);
  }

  static String describe(Event e) {
    return code(e.source()) + " " + e.plover() + "/" + e.cameo() + " " + code(e.target()) + " " + e.status()
        + (e.date() == null ? "" : " " + e.date());
  }

  private static String code(org.dyad.model.EventActor a) {
    return a == null || a.code() == null ? "-" : a.code();
  }

  private static void scoreReported(String article, List<Gold> docGold, List<Event> events, Result r) {
    for (Event e : events) {
      if (!e.dyadic() || e.source().code().equals(e.target().code())) {
        continue;
      }
      r.dyadic++;
      boolean right = docGold.stream().anyMatch(g -> g.actors(e) && g.type(e) && g.status(e));
      r.right += right ? 1 : 0;
      List<Gold> same = docGold.stream().filter(g -> g.actors(e) && g.type(e)).toList();
      boolean asOccurred = e.eventStatus() == EventStatus.OCCURRED && !same.isEmpty()
          && same.stream().allMatch(Gold::anticipated);
      r.anticipatedAsOccurred += asOccurred ? 1 : 0;
      if (asOccurred) {
        r.asOccurred.add(article + ": " + describe(e) + " ← " + e.sentence().replaceAll("\\s+", " "));
      }
      if (!right) {
        r.falseEvents.add(article + ": " + describe(e) + " ← " + e.sentence().replaceAll("\\s+", " "));
      }
    }
  }

  /** A core event not found: the gold, why, and the nearest event dyad gave from its sentence. */
  public record Miss(Gold gold, String why, String closest) {
    /** One line for the report. */
    public String line() {
      return gold.id() + " " + gold.source() + " " + gold.plover().get(0) + " " + gold.target() + " " + gold.status()
          + ": " + why + (closest == null ? "" : " (nearest: " + closest + ")") + " | " + gold.cue();
    }
  }

  /** The figures of one run. */
  public static final class Result {
    int core;
    final Map<Stage, Integer> reached = new LinkedHashMap<>();
    int dyadic;
    int right;
    int anticipatedAsOccurred;
    final List<Miss> misses = new ArrayList<>();
    final List<String> falseEvents = new ArrayList<>();
    final List<String> asOccurred = new ArrayList<>();

    /** Share of core events that reach stage {@code s} of the nesting. */
    public double share(Stage s) {
      return core == 0 ? 0 : (double) reached.getOrDefault(s, 0) / core;
    }

    /** Core events found with every check (the date too) / core events. */
    public double coreRecall() {
      return share(Stage.DATE);
    }

    /** Dyadic events matching a gold event on actors, type and status / dyadic events reported. */
    public double precision() {
      return dyadic == 0 ? 0 : (double) right / dyadic;
    }

    /** Events reported as occurred whose matching gold events are all planned or hypothetical. */
    public int anticipatedAsOccurred() {
      return anticipatedAsOccurred;
    }

    /** The events counted by {@link #anticipatedAsOccurred()}, with their sentences. */
    public List<String> asOccurred() {
      return List.copyOf(asOccurred);
    }

    /** The core events missed. */
    public List<Miss> misses() {
      return List.copyOf(misses);
    }

    /** The dyadic events with no gold counterpart, with their sentences. */
    public List<String> falseEvents() {
      return List.copyOf(falseEvents);
    }

    /** The figures as a plain-text table. */
    public String table() {
      StringBuilder b = new StringBuilder(String.format("metric                              value%n"));
      b.append(row("core: from the cue's sentence", Stage.SENTENCE));
      b.append(row("core: + both actors (actors)", Stage.ACTORS));
      b.append(row("core: + PLOVER type", Stage.TYPE));
      b.append(row("core: + status", Stage.STATUS));
      b.append(row("core: + date = core recall", Stage.DATE));
      b.append(String.format("precision                           %.3f (%d/%d)%n", precision(), right, dyadic));
      b.append(String.format("planned/hypothetical as occurred    %d%n", anticipatedAsOccurred));
      return b.toString();
    }

    private String row(String label, Stage s) {
      return String.format("%-36s%.3f (%d/%d)%n", label, share(s), reached.getOrDefault(s, 0), core);
    }

    /** The figures for JSON output. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("core_total", core);
      m.put("sentence", share(Stage.SENTENCE));
      m.put("actors", share(Stage.ACTORS));
      m.put("type", share(Stage.TYPE));
      m.put("status", share(Stage.STATUS));
      m.put("core_recall", coreRecall());
      m.put("precision", precision());
      m.put("dyadic_right", right);
      m.put("dyadic_reported", dyadic);
      m.put("anticipated_as_occurred", anticipatedAsOccurred);
      m.put("misses", misses.stream().map(Miss::line).toList());
      m.put("false_events", falseEvents());
      m.put("planned_as_occurred", asOccurred());
      return m;
    }
  }
}
