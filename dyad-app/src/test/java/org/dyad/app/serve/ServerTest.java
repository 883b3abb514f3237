package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.dyad.util.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API over a real store (DuckDB + Lucene) with articles and events we wrote. */
class ServerTest {
  @TempDir
  static Path dir;
  private static Store store;
  private static Server server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(Fixtures.store(dir));
    server = Server.start(store, Server.LOCALHOST, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void healthSaysOkWithTheArticleCount() throws Exception {
    JsonNode body = getJson("/api/health", 200);
    assertEquals("ok", body.get("status").asText());
    assertEquals(4, body.get("articles").asInt());
  }

  @Test
  void articleComesBackAsTheContractsArticleJson() throws Exception {
    JsonNode a = getJson("/api/articles/" + Fixtures.MUNICH_ID, 200);
    assertEquals(Fixtures.MUNICH_ID, a.get("id").asText());
    assertEquals("Lavrov and Biden meet in Munich", a.get("title").asText());
    assertEquals("2013-02-03", a.get("published").asText());
    assertEquals("Test Wire", a.get("outlet").asText());
    assertEquals(Fixtures.MUNICH_TEXT, a.get("text").asText());
    assertTrue(a.has("source_path") && a.has("published_from"), "snake_case field names as in the contract");
    assertTrue(a.get("events").isArray() && a.get("events").size() > 0, "the article's events come with it");
    assertEquals(Fixtures.MUNICH_ID, a.get("events").get(0).get("article_id").asText());
  }

  @Test
  void articleComesWithItsQuotesAndTheirSpeakers() throws Exception {
    JsonNode quotes = getJson("/api/articles/" + Fixtures.MUNICH_ID, 200).get("quotes");
    assertEquals(1, quotes.size());
    JsonNode q = quotes.get(0);
    assertEquals("The talks were <b>useful</b>", q.get("text").asText());
    assertEquals("direct", q.get("kind").asText());
    assertEquals("said", q.get("verb").asText());
    assertEquals(2, q.get("sentence_index").asInt());
    assertEquals("Sergei Lavrov", q.get("speaker").get("name").asText());
    assertEquals("RUS", q.get("speaker").get("code").asText());
    int start = q.get("span").get(0).asInt();
    assertEquals(q.get("text").asText(), Fixtures.MUNICH_TEXT.substring(start, q.get("span").get(1).asInt()));
    int speaker = q.get("speaker_span").get(0).asInt();
    assertEquals("Lavrov", Fixtures.MUNICH_TEXT.substring(speaker, q.get("speaker_span").get(1).asInt()));
  }

  @Test
  void articleWithoutQuotesHasAnEmptyQuoteList() throws Exception {
    JsonNode a = getJson("/api/articles/" + Fixtures.SCRIPT_ID, 200);
    assertTrue(a.get("quotes").isArray() && a.get("quotes").isEmpty());
  }

  @Test
  void scriptTagInAnArticleComesBackAsPlainTextInJson() throws Exception {
    HttpResponse<String> r = get("/api/articles/" + Fixtures.SCRIPT_ID);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode a = Json.mapper().readTree(r.body());
    assertEquals(Fixtures.SCRIPT_TEXT, a.get("text").asText());
    assertEquals("A <script>alert(1)</script> headline", a.get("title").asText());
  }

  @Test
  void unknownArticleIs404WithAJsonError() throws Exception {
    JsonNode body = getJson("/api/articles/no-such-id", 404);
    assertTrue(body.get("error").asText().contains("no-such-id"));
  }

  @Test
  void searchFindsArticlesWithMarkedSnippets() throws Exception {
    JsonNode page = getJson("/api/search?q=sanctions", 200);
    assertEquals(1, page.get("total").asInt());
    assertEquals(0, page.get("offset").asInt());
    JsonNode hit = page.get("hits").get(0);
    assertEquals("a-sanctions", hit.get("id").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>sanctions</mark>"), hit.toString());
  }

  @Test
  void searchSnippetsEscapeTheArticlesOwnMarkup() throws Exception {
    JsonNode hit = getJson("/api/search?q=analysts", 200).get("hits").get(0);
    String snippet = hit.get("snippet").asText();
    assertFalse(snippet.contains("<script>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
  }

  @Test
  void searchPagesThroughHits() throws Exception {
    JsonNode first = getJson("/api/search?q=" + enc("Russia OR Russian OR Moscow OR Lavrov") + "&limit=1", 200);
    assertTrue(first.get("total").asInt() >= 3, first.toString());
    assertEquals(1, first.get("hits").size());
    JsonNode second = getJson("/api/search?q=" + enc("Russia OR Russian OR Moscow OR Lavrov") + "&limit=1&offset=1", 200);
    assertEquals(1, second.get("offset").asInt());
    assertFalse(first.get("hits").get(0).get("id").equals(second.get("hits").get(0).get("id")));
  }

  @Test
  void actorsAndDyadsComeFromTheStoreWithNamesAndCountsMostFirst() throws Exception {
    JsonNode body = getJson("/api/actors", 200);
    JsonNode actors = body.get("actors");
    assertEquals(2, actors.size(), "only the codes of stored events, not a fixed list: " + body);
    assertEquals("RUS", actors.get(0).get("code").asText(), "equal counts in code order");
    assertEquals("Russia", actors.get(0).get("name").asText());
    assertEquals(2, actors.get(0).get("events").asInt());
    assertEquals("USA", actors.get(1).get("code").asText());
    JsonNode dyads = body.get("dyads");
    assertEquals(1, dyads.size(), body.toString());
    assertEquals("RUS:USA", dyads.get(0).get("dyad").asText());
    assertEquals(2, dyads.get(0).get("events").asInt(), "both directions count");
  }

  @Test
  void eventsTakeTheContractsMaxAsTheirPageSize() throws Exception {
    JsonNode page = getJson("/api/events?max=1", 200);
    assertEquals(1, page.get("events").size());
    assertEquals(1, page.get("limit").asInt());
    assertEquals(1, page.get("next_offset").asInt());
  }

  @Test
  void aMethodOtherThanGetIs405NotUnknown() throws Exception {
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(405, r.statusCode(), r.body());
    assertTrue(Json.mapper().readTree(r.body()).get("error").asText().contains("POST"), r.body());
  }

  @Test
  void servesAFaviconTheCspAllows() throws Exception {
    HttpResponse<String> icon = get("/favicon.svg");
    assertEquals(200, icon.statusCode());
    assertTrue(icon.body().startsWith("<svg"), icon.body());
    assertTrue(get("/").body().contains("<link rel=\"icon\" href=\"/favicon.svg\""), "the page names its icon");
  }

  @Test
  void eventsOfADyadInBothDirectionsByEventDate() throws Exception {
    JsonNode page = getJson("/api/events?dyad=USA:RUS", 200);
    assertEquals("USA:RUS", page.get("dyad").asText());
    JsonNode events = page.get("events");
    assertEquals(2, events.size());
    assertEquals("e-munich", events.get(0).get("id").asText());
    assertEquals("RUS", events.get(0).get("source").get("code").asText());
    assertEquals("CONSULT", events.get(0).get("plover").asText());
    assertEquals(0, events.get(0).get("span").get(0).asInt());
    assertTrue(page.get("next_offset").isNull());
  }

  @Test
  void eventsFilterByDirectionTypeStatusAndPeriod() throws Exception {
    assertEquals(1, getJson("/api/events?dyad=" + enc("USA>RUS"), 200).get("events").size());
    assertEquals("e-sanctions", getJson("/api/events?type=sanction", 200).get("events").get(0).get("id").asText());
    assertEquals(0, getJson("/api/events?status=planned", 200).get("events").size());
    JsonNode period = getJson("/api/events?dyad=usa:rus&from=2014-01-01&to=2014-12-31", 200).get("events");
    assertEquals(1, period.size());
    assertEquals("e-sanctions", period.get(0).get("id").asText());
  }

  @Test
  void eventsPageWithANextOffset() throws Exception {
    JsonNode first = getJson("/api/events?limit=1", 200);
    assertEquals(1, first.get("events").size());
    assertEquals(1, first.get("next_offset").asInt());
    JsonNode second = getJson("/api/events?limit=1&offset=1", 200);
    assertEquals("e-sanctions", second.get("events").get(0).get("id").asText());
    assertTrue(second.get("next_offset").isNull());
  }

  @Test
  void seriesOfADyadByMonthWithQuadClassesAndMeanIntensity() throws Exception {
    JsonNode s = getJson("/api/series?dyad=USA:RUS", 200);
    assertEquals("USA:RUS", s.get("dyad").asText());
    assertEquals("month", s.get("by").asText());
    JsonNode points = s.get("points");
    assertEquals(14, points.size(), "2013-02 to 2014-03, empty months included");
    assertEquals("2013-02", points.get(0).get("period").asText());
    assertEquals(1, points.get(0).get("by_quad").get("verbal-cooperation").asInt());
    assertEquals(1.0, points.get(0).get("mean_intensity").asDouble());
    assertTrue(points.get(1).get("mean_intensity").isNull());
    assertEquals(1, points.get(13).get("by_quad").get("material-conflict").asInt(), "SANCTION is material conflict in quad.tsv");
    assertTrue(s.get("turning_points").isArray());
  }

  @Test
  void seriesByYearAndForAPeriod() throws Exception {
    assertEquals(2, getJson("/api/series?dyad=USA:RUS&by=year", 200).get("points").size());
    JsonNode only2014 = getJson("/api/series?dyad=USA:RUS&from=2014-01-01", 200).get("points");
    assertEquals(1, only2014.size());
    assertEquals("2014-03", only2014.get(0).get("period").asText());
  }

  @Test
  void timelineOfADyadHasDatedEntriesWithTheirArticlesAndOutlets() throws Exception {
    JsonNode t = getJson("/api/timeline?dyad=USA:RUS", 200);
    assertEquals("USA:RUS", t.get("query").asText());
    JsonNode entries = t.get("entries");
    assertEquals(2, entries.size(), t.toString());
    assertEquals("2013-02-02", entries.get(0).get("date").asText());
    assertEquals("day", entries.get(0).get("date_precision").asText());
    assertTrue(entries.get(0).get("summary").asText().startsWith("Lavrov met Biden"));
    assertEquals(Fixtures.MUNICH_ID, entries.get(0).get("articles").get(0).asText());
    assertEquals("Test Wire", entries.get(0).get("outlets").get(0).asText());
    assertEquals("e-munich", entries.get(0).get("events").get(0).asText());
    assertEquals("2014-03", entries.get(1).get("date").asText());
  }

  @Test
  void timelineOfADyadKeepsToThePeriodAndTheMaximum() throws Exception {
    JsonNode t = getJson("/api/timeline?dyad=USA:RUS&from=2014-01-01&to=2014-12-31", 200);
    assertEquals("2014-01-01", t.get("from").asText());
    assertEquals(1, t.get("entries").size());
    assertEquals(1, getJson("/api/timeline?dyad=USA:RUS&max=1", 200).get("entries").size());
  }

  @Test
  void timelineOfTheWholeStoreWhenNeitherDyadNorQueryIsGiven() throws Exception {
    JsonNode t = getJson("/api/timeline?max=3", 200);
    assertTrue(t.get("query").isNull(), t.toString());
    assertFalse(t.get("entries").isEmpty(), "the fixture articles talk about dated events: " + t);
    assertTrue(t.get("entries").size() <= 3);
  }

  @Test
  void timelineTakesTheMethodThatChoosesItsDays() throws Exception {
    JsonNode t = getJson("/api/timeline?max=3&method=share", 200);
    assertFalse(t.get("entries").isEmpty(), t.toString());
    assertTrue(t.get("entries").size() <= 3);
  }

  @Test
  void timelineOfAFullTextQuery() throws Exception {
    JsonNode t = getJson("/api/timeline?q=Lavrov", 200);
    assertEquals("Lavrov", t.get("query").asText());
    assertTrue(t.get("entries").isArray());
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "/api/search                               | 'q'",
      "/api/search?q=                            | 'q'",
      "/api/search?q=a&limit=0                   | 'limit'",
      "/api/search?q=a&limit=1000                | 'limit'",
      "/api/search?q=a&offset=-1                 | 'offset'",
      "/api/search?q=a&offset=ten                | 'offset'",
      "/api/search?q=a&page=2                    | 'page'",
      "/api/search?q=a&q=b                       | 'q'",
      "/api/events?dyad=USA-RUS                  | dyad",
      "/api/events?dyad=U:RUS                    | dyad",
      "/api/events?from=2013-13-01               | 'from'",
      "/api/events?to=yesterday                  | 'to'",
      "/api/events?from=2014-01-01&to=2013-01-01 | from",
      "/api/events?type=HUG                      | type",
      "/api/events?status=maybe                  | status",
      "/api/events?limit=5000                    | 'limit'",
      "/api/events?actor=USA                     | 'actor'",
      "/api/events?max=0                         | 'max'",
      "/api/events?max=2&limit=2                 | 'max'",
      "/api/actors?dyad=USA:RUS                  | 'dyad'",
      "/api/series                               | 'dyad'",
      "/api/series?dyad=USA:RUS&by=decade        | 'by'",
      "/api/series?dyad=USA:RUS&status=occurred  | 'status'",
      "/api/series?dyad=USA:RUS&from=2013-02-30  | 'from'",
      "/api/events/e-munich/explanation          | 'article'",
      "/api/events/e-munich/explanation?article=a-munich&x=1 | 'x'",
      "/api/timeline?dyad=USA:RUS&q=Lavrov       | 'q'",
      "/api/timeline?dyad=USA:RUS&max=0          | 'max'",
      "/api/timeline?dyad=USA:RUS&sentences=99   | 'sentences'",
      "/api/timeline?dyad=USA:RUS&type=CONSULT   | 'type'",
      "/api/timeline?dyad=USA+RUS                | dyad",
      "/api/timeline?method=busiest              | 'method'",
      "/api/timeline?dyad=USA:RUS&method=share   | 'method'",
      "/api/health?verbose=1                     | 'verbose'",
      "/api/articles/a-munich?x=1                | 'x'"})
  void badParametersAre400WithAnErrorNamingTheParameter(String path, String name) throws Exception {
    JsonNode body = getJson(path, 400);
    assertTrue(body.get("error").asText().contains(name), body.toString());
  }

  @Test
  void explanationOfAnEventInAnUnknownArticleIs404() throws Exception {
    assertTrue(getJson("/api/events/e-munich/explanation?article=nope", 404).get("error").asText().contains("nope"));
  }

  @Test
  void unknownApiPathIs404Json() throws Exception {
    assertEquals("no such endpoint: GET /api/nothing-here", getJson("/api/nothing-here", 404).get("error").asText());
  }

  @Test
  void servesTheUiAndTheChartLibraryLocallyWithAStrictScriptPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/vendor/echarts.min.js"), "the page loads ECharts from this server");
    String csp = page.headers().firstValue("content-security-policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    HttpResponse<String> lib = get("/vendor/echarts.min.js");
    assertEquals(200, lib.statusCode());
    assertTrue(lib.body().length() > 100_000 && lib.body().contains("echarts"));
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
  }

  private static JsonNode getJson(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), path + " -> " + r.body());
    return Json.mapper().readTree(r.body());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
