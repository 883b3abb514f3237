package org.dyad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.dyad.model.PloverType;
import org.dyad.util.BadInputException;
import org.dyad.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each registered format written and read back: JSON by a JSON parser, CSV and Parquet by DuckDB, TSV by columns. */
class ExportsTest {
  // three events we made up: a dyadic one at day precision, one with a month date and awkward characters, one
  // without a target or a date
  private static final List<Event> EVENTS = List.of(
      Event.builder().id("e-1").articleId("a-1").outlet("News Example").published("2013-02-04")
          .sentence("Lavrov met Biden in Munich on Saturday.").sentenceIndex(3).span(120, 160)
          .source(new EventActor("Lavrov", "Sergei Lavrov", "RUS", "GOV"))
          .target(new EventActor("Biden", "Joseph Biden", "USA", "GOV")).plover(PloverType.CONSULT).mode("visit")
          .cameo("043").intensity(2.8).status(EventStatus.OCCURRED).date("2013-02-02")
          .datePrecision(DatePrecision.DAY).dateText("on Saturday").location(new Location("Munich", "DEU"))
          .confidence(0.86).storyId("s-1").build(),
      Event.builder().id("e-2").articleId("a-2").outlet("Outlet, \"Quoted\"").published("2014-03-18T10:00")
          .sentence("Russia said, \"we reject\"\tit;\nagain.").sentenceIndex(0).span(0, 40)
          .source(new EventActor("Russia", "Russia", "RUS", null))
          .target(new EventActor("the sanctions' authors", null, null, null)).plover(PloverType.REJECT).cameo("120")
          .intensity(-4.0).status(EventStatus.NEGATED).date("2014-03").datePrecision(DatePrecision.MONTH)
          .dateText("in March").confidence(0.5).build(),
      Event.builder().id("e-3").articleId("a-3").sentence("Protesters rallied.").sentenceIndex(1).span(5, 24)
          .source(new EventActor("Protesters", null, null, "CVL")).plover(PloverType.PROTEST).mode("demonstrate")
          .cameo("141").intensity(-6.5).status(EventStatus.OCCURRED).datePrecision(DatePrecision.UNKNOWN)
          .confidence(0.4).build());

  @TempDir Path dir;

  @Test
  void everyFormatHasItsOwnNameTypeAndEnding() {
    assertEquals(List.of("jsonl", "plover", "cameo", "gdelt", "csv", "parquet"), Exports.names());
    assertEquals(6, Exports.all().stream().map(EventFormat::extension).distinct().count());
    assertEquals("csv", Exports.named(" CSV ").name());
  }

  @Test
  void anUnknownFormatIsBadInputNamingItAndTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> Exports.named("xml"));
    assertEquals("unknown format 'xml'; known formats: jsonl, plover, cameo, gdelt, csv, parquet", e.getMessage());
  }

  @Test
  void jsonlReadsBackAsTheSameEventsWithTheExtraFieldLast() throws IOException {
    List<String> lines = lines(write("jsonl", List.of()));
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(EVENTS.get(i), Json.mapper().readValue(lines.get(i), Event.class));
    }
    String withId = lines(write("jsonl", List.of("record_id"))).get(1);
    JsonNode o = Json.mapper().readTree(withId);
    assertEquals("r-1", o.get("record_id").asText());
    assertEquals("e-2", o.get("id").asText());
    assertTrue(withId.endsWith(",\"record_id\":\"r-1\"}"), withId);
  }

  @Test
  void ploverRecordsUseTheSpecificationsFieldNames() throws IOException {
    List<String> lines = lines(write("plover", List.of()));
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertEquals("e-1", first.get("id").asText());
    assertEquals("2013-02-02", first.get("date").asText());
    assertTrue(first.get("enddate").isNull());
    assertEquals("Lavrov", first.get("source").get(0).get("actorText").asText());
    assertEquals("RUS", first.get("source").get(0).get("code").asText());
    assertEquals("GOV", first.get("target").get(0).get("sector").asText());
    assertEquals("CONSULT", first.get("event").asText());
    assertEquals("visit", first.get("mode").asText());
    assertEquals(1, first.get("quadCode").asInt());
    assertEquals(2.8, first.get("eventScale").asDouble());
    assertEquals("Munich", first.get("eventLoc").get("name").asText());
    assertEquals("Lavrov met Biden in Munich on Saturday.", first.get("text").asText());
    assertEquals(3, first.get("textInfo").get("sequence").asInt());
    assertEquals("News Example", first.get("publication").asText());
    assertTrue(first.has("context") && first.has("eventText"));
    JsonNode month = Json.mapper().readTree(lines.get(1));
    assertEquals("2014-03-01", month.get("date").asText());
    assertEquals("2014-03-31", month.get("enddate").asText());
    assertEquals(3, month.get("quadCode").asInt());
    JsonNode untargeted = Json.mapper().readTree(lines.get(2));
    assertEquals(0, untargeted.get("target").size());
    assertTrue(untargeted.get("date").isNull());
  }

  @Test
  void cameoTsvHasTheTwentyIcewsColumnsAndTheCodesName() {
    List<String> lines = lines(write("cameo", List.of("record_id")));
    assertEquals(4, lines.size());
    List<String> header = List.of(lines.get(0).split("\t", -1));
    assertEquals(21, header.size());
    assertEquals("Event Text", header.get(5));
    assertEquals("record_id", header.get(20));
    for (String line : lines.subList(1, 4)) {
      assertEquals(21, line.split("\t", -1).length, line);
    }
    String[] first = lines.get(1).split("\t", -1);
    assertEquals("2013-02-02", first[1]);
    assertEquals("Sergei Lavrov", first[2]);
    assertEquals("043", first[6]);
    assertTrue(first[5].toLowerCase().contains("visit"), first[5]);
    assertEquals("4", first[12]);
    assertEquals("2014-03-18", lines.get(2).split("\t", -1)[1], "a month date falls back to the publication day");
  }

  @Test
  void gdeltTsvHasSixtyOneColumnsEveryRow() {
    List<String> lines = lines(write("gdelt", List.of()));
    assertEquals(4, lines.size());
    lines.forEach(l -> assertEquals(61, l.split("\t", -1).length, l));
    String[] first = lines.get(1).split("\t", -1);
    assertEquals("20130202", first[1]);
    assertEquals("RUSGOV", first[5]);
    assertEquals("043", first[26]);
    assertEquals("1", first[29]);
  }

  @Test
  void csvReadsBackThroughDuckDbWithQuotesCommasAndLineBreaksIntact() throws Exception {
    Path file = dir.resolve("events.csv");
    Files.write(file, write("csv", List.of("record_id")));
    List<List<String>> rows = query("SELECT id, outlet, sentence, source_code, target_code, intensity, record_id "
        + "FROM read_csv('" + file + "', header = true, all_varchar = true) ORDER BY id");
    assertEquals(3, rows.size());
    assertEquals(Arrays.asList("e-2", "Outlet, \"Quoted\"", EVENTS.get(1).sentence(), "RUS", null, "-4.0",
        "r-1"), rows.get(1));
    assertEquals("USA", rows.get(0).get(4));
  }

  @Test
  void parquetReadsBackThroughDuckDbWithTheStoresColumns() throws Exception {
    Path file = dir.resolve("events.parquet");
    Files.write(file, write("parquet", List.of("record_id")));
    List<List<String>> rows = query("SELECT id, sentence, source_code, target_text, date_start, date_end, "
        + "location_name, record_id FROM read_parquet('" + file + "')");
    assertEquals(3, rows.size());
    assertEquals(List.of("e-1", EVENTS.get(0).sentence(), "RUS", "Biden", "2013-02-02", "2013-02-02", "Munich",
        "r-0"), rows.get(0));
    assertEquals(List.of("2014-03-01", "2014-03-31"), rows.get(1).subList(4, 6));
    assertNull(rows.get(2).get(3));
    assertEquals(31, query("DESCRIBE SELECT * FROM read_parquet('" + file + "')").size(),
        "the store's 30 event columns and record_id");
  }

  /** The bytes of the events in {@code format}, with extra values "r-0", "r-1", … when extra columns are asked for. */
  private static byte[] write(String format, List<String> extraColumns) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventSink sink = Exports.named(format).open(out, extraColumns)) {
      for (int i = 0; i < EVENTS.size(); i++) {
        sink.write(EVENTS.get(i), extraColumns.isEmpty() ? List.of() : List.of("r-" + i));
      }
    }
    return out.toByteArray();
  }

  private static List<String> lines(byte[] bytes) {
    return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"));
  }

  private static List<List<String>> query(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
