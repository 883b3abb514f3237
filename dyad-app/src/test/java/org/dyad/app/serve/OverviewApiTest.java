package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventStatus;
import org.dyad.store.Ingested;
import org.dyad.store.Store;
import org.dyad.util.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/overview} and {@code /api/relations} over a real store and server, as JSON and as downloads. */
class OverviewApiTest {
  @TempDir
  static Path dir;
  private static Store store;
  private static Server server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** RUS–USA: cooperation in January 2013, conflict from June; LBY–USA: one conflict; RUS–UKR: one agreement. */
  @BeforeAll
  static void start() {
    List<Event> events = new ArrayList<>();
    event(events, "RUS", "USA", "AGREE", 4.0, "2013-01-10");
    event(events, "USA", "RUS", "CONSULT", 1.0, "2013-01-20");
    event(events, "USA", "RUS", "SANCTION", -8.0, "2013-06-10");
    event(events, "RUS", "USA", "ACCUSE", -2.0, "2013-07-10");
    event(events, "USA", "LBY", "ASSAULT", -10.0, "2011-03-19");
    event(events, "USA", "LBY", "THREATEN", -4.0, "2011-03-17");
    event(events, "RUS", "UKR", "AGREE", 4.0, "2013-12-17");
    store = Store.open(dir.resolve("store"));
    store.add(List.of(new Ingested(new Article("a1", "a.txt", null, "T", "2013-12-18", "text", "Wire", List.of(),
        null, "en", "A sentence.", "article", 0.9), "h1", events)));
    server = Server.start(store, Server.LOCALHOST, 0);
  }

  private static void event(List<Event> out, String source, String target, String plover, double intensity,
      String date) {
    out.add(Event.builder().id("e" + out.size()).articleId("a1").outlet("Wire").published("2013-12-18")
        .sentence("A sentence.").sentenceIndex(out.size()).span(0, 11)
        .source(new EventActor(source, null, source, "GOV")).target(new EventActor(target, null, target, "GOV"))
        .plover(plover).cameo("040").intensity(intensity).status(EventStatus.OCCURRED).date(date)
        .datePrecision(DatePrecision.DAY).confidence(0.8).build());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void overviewListsTheBusiestDyadsWithBalanceTurnAndNames() throws Exception {
    JsonNode body = getJson("/api/overview", 200);
    JsonNode dyads = body.get("dyads");
    assertEquals(List.of("RUS:USA", "LBY:USA", "RUS:UKR"), texts(dyads, "dyad"));
    JsonNode rus = dyads.get(0);
    assertEquals(4, rus.get("events").asInt());
    assertEquals(0.0, rus.get("balance").asDouble());
    assertEquals("2013-06-01", rus.get("turn_month").asText());
    assertEquals("freeze", rus.get("turn_kind").asText());
    assertEquals("sign", rus.get("turn_basis").asText());
    assertEquals("Russia", rus.get("a_name").asText());
    assertTrue(dyads.get(2).get("turn_month").isNull(), "one story has no turn");
    assertEquals(List.of("RUS:USA"), texts(getJson("/api/overview?limit=1", 200).get("dyads"), "dyad"));
  }

  @Test
  void aPeriodAndAnActorNarrowTheOverview() throws Exception {
    JsonNode body = getJson("/api/overview?from=2013-01-01&to=2013-12-31&actor=usa", 200);
    assertEquals("USA", body.get("actor").asText());
    assertEquals("2013-01-01", body.get("from").asText());
    assertEquals(List.of("RUS:USA"), texts(body.get("dyads"), "dyad"));
    assertEquals("USA", body.get("dyads").get(0).get("a").asText());
  }

  @Test
  void relationsGiveEveryPartnerOfOneActorFromItsSide() throws Exception {
    JsonNode rel = getJson("/api/relations?actor=RUS", 200).get("relations");
    assertEquals(List.of("USA", "UKR"), texts(rel, "b"));
    assertEquals(List.of("RUS", "RUS"), texts(rel, "a"));
    assertEquals(2, rel.get(0).get("a_to_b").asInt());
    assertEquals(1.0, rel.get(1).get("balance").asDouble());
  }

  @Test
  void everyTableDownloadsInTheTableFormats() throws Exception {
    HttpResponse<byte[]> csv = get("/api/relations?actor=RUS&format=csv");
    assertEquals(200, csv.statusCode());
    assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"relations-RUS.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\n");
    assertEquals(String.join(",", SummaryTables.COLUMNS), lines[0]);
    assertTrue(lines[1].startsWith("RUS:USA,RUS,USA,4,2,2,2013-07-10,"), lines[1]);
    String jsonl = new String(get("/api/overview?format=jsonl").body(), StandardCharsets.UTF_8);
    JsonNode first = Json.mapper().readTree(jsonl.split("\n")[0]);
    assertEquals(getJson("/api/overview", 200).get("dyads").get(0), first, "a JSONL row is the JSON row");
    HttpResponse<byte[]> parquet = get("/api/overview?format=parquet");
    assertEquals("attachment; filename=\"dyads.parquet\"", parquet.headers().firstValue("Content-Disposition")
        .orElse(""));
    Path file = dir.resolve("dyads.parquet");
    Files.write(file, parquet.body());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT dyad, events FROM read_parquet('" + file + "') ORDER BY events DESC")) {
      assertTrue(r.next());
      assertEquals("RUS:USA", r.getString(1));
      assertEquals(4L, r.getLong(2));
    }
  }

  @Test
  void badParametersAre400sNamingThem() throws Exception {
    assertEquals("parameter 'actor' is required", getJson("/api/relations", 400).get("error").asText());
    assertEquals("bad parameter: actor must be an actor code like USA or NATO, got 'U'",
        getJson("/api/relations?actor=u", 400).get("error").asText());
    assertEquals("parameter 'format': format 'gdelt' lays out events, not a table of figures; tables come as "
        + "jsonl, csv, parquet", getJson("/api/overview?format=gdelt", 400).get("error").asText());
    assertEquals("parameter 'from' must be a date YYYY-MM-DD, got '2013'",
        getJson("/api/overview?from=2013", 400).get("error").asText());
    assertTrue(getJson("/api/overview?dyad=USA:RUS", 400).get("error").asText()
        .startsWith("unknown parameter 'dyad'"));
  }

  private static List<String> texts(JsonNode rows, String field) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.get(field).asText()));
    return out;
  }

  private static JsonNode getJson(String path, int status) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(status, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return Json.mapper().readTree(r.body());
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
