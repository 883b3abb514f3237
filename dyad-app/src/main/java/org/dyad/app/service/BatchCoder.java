package org.dyad.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.LongSupplier;
import org.dyad.app.ingest.Progress;
import org.dyad.events.EventCoder;
import org.dyad.export.EventSink;
import org.dyad.extract.Extractor;
import org.dyad.model.Event;
import org.dyad.model.EventExplanation;
import org.dyad.util.Json;

/**
 * Codes a stream of sentence or paragraph records one at a time, as PETRARCH and the PLOVER gold-standard records
 * lay them out: JSONL objects with {@code id}, {@code text}, {@code date} (and optionally {@code publication} or
 * {@code outlet}), or plain lines of text dated by {@code --date}. Each event goes to the sink with its record's
 * id; a bad line is reported with its number and skipped.
 */
public final class BatchCoder {
  /** The extra column every event of a record carries. */
  public static final String RECORD_ID = "record_id";

  private final EventCoder coder;
  private final String defaultDate;
  private final String source;
  private final PrintStream err;

  /** What a run read and wrote. */
  public record Totals(long lines, long records, long events, long bad, long millis) {
    /** Records coded a second. */
    public double rate() {
      return millis == 0 ? records : records * 1000.0 / millis;
    }

    /** The summary line: "code: 7 lines, 5 records, 6 events, 2 bad lines in 3.2 s (1.6 records/s)". */
    public String summary() {
      return String.format(java.util.Locale.ROOT, "code: %d lines, %d records, %d events, %d bad line%s in %.1f s "
          + "(%.1f records/s)", lines, records, events, bad, bad == 1 ? "" : "s", millis / 1000.0, rate());
    }
  }

  /** One record to code. */
  private record Input(String id, String text, String date, String outlet) {}

  public BatchCoder(EventCoder coder, String defaultDate, String source, PrintStream err) {
    this.coder = coder;
    this.defaultDate = defaultDate;
    this.source = source;
    this.err = err;
  }

  /** Reads every line of {@code in}, writing events to {@code sink} (flushed after each record). */
  public Totals run(BufferedReader in, EventSink sink, Progress progress, LongSupplier clock) throws IOException {
    long start = clock.getAsLong();
    long lines = 0;
    long records = 0;
    long events = 0;
    long bad = 0;
    Boolean json = null; // decided by the first line that is not blank
    String line;
    while ((line = in.readLine()) != null) {
      lines++;
      progress.step();
      if (line.isBlank()) {
        continue;
      }
      if (json == null) {
        json = line.strip().startsWith("{");
      }
      try {
        Input r = json ? parse(line, lines) : new Input(String.valueOf(lines), line.strip(), defaultDate, null);
        events += code(r, sink);
        records++;
      } catch (BadLine e) {
        bad++;
        err.println("dyad code: " + source + " line " + lines + ": " + e.getMessage());
      }
    }
    return new Totals(lines, records, events, bad, clock.getAsLong() - start);
  }

  private long code(Input r, EventSink sink) {
    List<EventExplanation> coded;
    try {
      coded = coder.explain(Extractor.articleId(r.text()), r.outlet(), r.date(), r.text());
    } catch (RuntimeException e) {
      // one text the pipeline cannot read never stops a run
      throw new BadLine("cannot code record '" + r.id() + "': " + e);
    }
    for (EventExplanation x : coded) {
      Event e = x.event();
      sink.write(e, List.of(r.id()));
    }
    sink.flush();
    return coded.size();
  }

  private Input parse(String line, long n) {
    JsonNode o;
    try {
      o = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLine("invalid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
    }
    if (o == null || !o.isObject()) {
      throw new BadLine("expected a JSON object with \"text\", got " + (o == null ? "nothing" : o.getNodeType()));
    }
    JsonNode text = o.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new BadLine("no \"text\" (a record needs the sentence or paragraph to code)");
    }
    JsonNode id = o.get("id");
    String recordId = id == null || id.isNull() ? String.valueOf(n) : id.asText();
    return new Input(recordId, text.asText(), date(o.get("date")), outlet(o));
  }

  private String date(JsonNode d) {
    if (d == null || d.isNull()) {
      return defaultDate;
    }
    String v = d.asText().strip();
    try {
      // a day, or a date-time whose day is taken
      return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v).toString();
    } catch (DateTimeParseException e) {
      throw new BadLine("\"date\" must be YYYY-MM-DD, got '" + v + "'");
    }
  }

  private static String outlet(JsonNode o) {
    for (String field : List.of("publication", "outlet")) {
      JsonNode v = o.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  /** A line that cannot be coded; its message says why. */
  private static final class BadLine extends RuntimeException {
    BadLine(String message) {
      super(message, null, false, false);
    }
  }
}
