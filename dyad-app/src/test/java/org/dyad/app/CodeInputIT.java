package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad code --input} with the real pipeline over PLOVER-style records we wrote
 * ({@code plover-records.jsonl}: five good records, one blank line, and three bad lines — broken JSON, an impossible
 * date, no text) and over plain lines from stdin.
 */
class CodeInputIT extends CapturingTest {
  private InputStream oldIn;

  @BeforeEach
  void keepStdin() {
    oldIn = System.in;
  }

  @AfterEach
  void restoreStdin() {
    System.setIn(oldIn);
  }

  @Test
  void recordsKeepTheirIdsAndBadLinesAreReportedByNumberWithoutStoppingTheRun() throws Exception {
    assertEquals(0, Main.execute("code", "--input", records().toString()));
    List<JsonNode> events = events();
    Set<String> ids = new LinkedHashSet<>();
    events.forEach(e -> ids.add(e.get("record_id").asText()));
    assertEquals(List.of("DYAD-REC-0001", "DYAD-REC-0002", "6"), List.copyOf(ids),
        "the coded records, in input order; the weather record has no event");
    JsonNode sanction = events.get(0);
    assertEquals("SANCTION", sanction.get("plover").asText());
    assertEquals("2014-03-17", sanction.get("date").asText(), "Monday before the record's date");
    assertEquals("Test Wire", sanction.get("outlet").asText());
    assertEquals("Munich", events.stream().filter(e -> e.get("record_id").asText().equals("DYAD-REC-0002"))
        .findFirst().orElseThrow().get("location").get("name").asText());
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    String file = records().toString();
    assertTrue(lines.contains("dyad code: " + file + " line 3: invalid JSON (Unexpected end-of-input: was expecting "
        + "closing quote for a string value)"), lines.toString());
    assertTrue(lines.contains("dyad code: " + file + " line 4: \"date\" must be YYYY-MM-DD, got '2013-02-30'"),
        lines.toString());
    assertTrue(lines.contains("dyad code: " + file + " line 5: no \"text\" (a record needs the sentence or "
        + "paragraph to code)"), lines.toString());
    String summary = lines.get(lines.size() - 1);
    assertTrue(summary.matches("code: 8 lines, 4 records, " + events.size()
        + " events, 3 bad lines in \\d+\\.\\d s \\(\\d+\\.\\d records/s\\)"), summary);
  }

  @Test
  void plainLinesFromStdinAreDatedByTheDateOptionAndNumberedByLine() throws Exception {
    System.setIn(new ByteArrayInputStream(("The United States imposed sanctions on Russia on Monday.\n\n"
        + "Russia condemned the sanctions on Tuesday.\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, Main.execute("code", "--input", "-", "--date", "2014-03-19"));
    List<JsonNode> events = events();
    assertEquals("1", events.get(0).get("record_id").asText());
    assertEquals("2014-03-17", events.get(0).get("date").asText());
    assertEquals("3", events.get(events.size() - 1).get("record_id").asText(), "line numbers count blank lines");
    assertEquals("2014-03-18", events.get(events.size() - 1).get("date").asText());
  }

  @Test
  void aFormatCarriesTheRecordIdAsItsLastColumn() throws Exception {
    assertEquals(0, Main.execute("code", "--input", records().toString(), "--format", "cameo"));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).endsWith("\tLongitude\trecord_id"), lines.get(0));
    assertTrue(lines.get(1).endsWith("\tDYAD-REC-0001"), lines.get(1));
    assertEquals(21, lines.get(1).split("\t", -1).length);
  }

  @Test
  void textAndInputTogetherAreBadUsage() throws Exception {
    assertEquals(2, Main.execute("code", "Iran threatened Israel.", "--input", records().toString()));
    assertEquals("dyad code: give TEXT or --input, not both", err.toString(StandardCharsets.UTF_8).strip());
  }

  private List<JsonNode> events() throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      events.add(Json.mapper().readTree(line));
    }
    return events;
  }

  private static Path records() throws URISyntaxException {
    return Path.of(CodeInputIT.class.getResource("plover-records.jsonl").toURI());
  }
}
