package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import org.dyad.app.Main;
import org.dyad.export.Exports;
import org.dyad.store.Store;
import org.dyad.util.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The export formats through {@code dyad events --format} and {@code GET /api/events?format=} over one real store:
 * the same bytes from both, the right content type and file name, read back, and unknown names refused.
 */
class EventExportsTest {
  @TempDir
  static Path dir;
  private static Path storeDir;
  private static Store store;
  private static Server server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    storeDir = Fixtures.store(dir);
    // the command opens the store itself, so it runs before the server holds it
    for (String f : Exports.names()) {
      assertEquals(0, Main.execute("events", "--store", storeDir.toString(), "--dyad", "USA:RUS", "--format", f,
          "--output", dir.resolve("cli." + f).toString()));
    }
    store = Store.open(storeDir);
    server = Server.start(store, Server.LOCALHOST, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jsonl   | application/x-ndjson             | events-USA-RUS.jsonl",
      "plover  | application/x-ndjson             | events-USA-RUS.plover.jsonl",
      "cameo   | text/tab-separated-values        | events-USA-RUS.cameo.tsv",
      "gdelt   | text/tab-separated-values        | events-USA-RUS.gdelt.tsv",
      "csv     | text/csv                         | events-USA-RUS.csv",
      "parquet | application/vnd.apache.parquet   | events-USA-RUS.parquet"})
  void restGivesEachFormatAsADownloadWithTheCommandsBytes(String format, String type, String file) throws Exception {
    HttpResponse<byte[]> r = get("/api/events?dyad=USA:RUS&format=" + format);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith(type), r.headers().toString());
    assertEquals("attachment; filename=\"" + file + "\"", r.headers().firstValue("content-disposition").orElse(""));
    Path saved = dir.resolve("cli." + format);
    if (format.equals("parquet")) {
      Path rest = Files.write(dir.resolve("rest-" + file), r.body());
      assertEquals(ids("read_parquet('" + saved + "')"), ids("read_parquet('" + rest + "')"));
    } else {
      assertArrayEquals(Files.readAllBytes(saved), r.body(), "CLI and REST write " + format + " alike");
    }
  }

  @Test
  void eachDownloadReadsBackWithBothEvents() throws Exception {
    List<String> both = List.of("e-munich", "e-sanctions");
    for (String f : List.of("jsonl", "plover")) {
      List<String> ids = new ArrayList<>();
      for (String line : body("/api/events?format=" + f).split("\n")) {
        ids.add(Json.mapper().readTree(line).get("id").asText());
      }
      assertEquals(both, ids, f);
    }
    JsonNode plover = Json.mapper().readTree(body("/api/events?format=plover").split("\n")[0]);
    assertEquals("Lavrov", plover.get("source").get(0).get("actorText").asText());
    assertEquals("Test Wire", plover.get("publication").asText());
    for (String f : List.of("cameo", "gdelt")) {
      String[] lines = body("/api/events?format=" + f).split("\n");
      assertEquals(3, lines.length, f + ": a header and two rows");
      int columns = f.equals("cameo") ? 20 : 61;
      for (String line : lines) {
        assertEquals(columns, line.split("\t", -1).length, f + ": " + line);
      }
    }
    Path csv = Files.writeString(dir.resolve("all.csv"), body("/api/events?format=csv"));
    assertEquals(both, ids("read_csv('" + csv + "', header = true)"));
    Path parquet = Files.write(dir.resolve("all.parquet"), get("/api/events?format=parquet").body());
    assertEquals(both, ids("read_parquet('" + parquet + "')"));
  }

  @Test
  void aDownloadKeepsToTheFiltersAndTheMaximum() throws Exception {
    assertEquals(1, body("/api/events?format=jsonl&type=SANCTION").lines().count());
    assertEquals(1, body("/api/events?format=jsonl&max=1").lines().count());
    assertEquals("e-sanctions", Json.mapper().readTree(body("/api/events?format=jsonl&offset=1")).get("id").asText());
  }

  @Test
  void anUnknownFormatIs400NamingItAndTheKnownOnes() throws Exception {
    HttpResponse<byte[]> r = get("/api/events?format=xml");
    assertEquals(400, r.statusCode());
    String error = Json.mapper().readTree(r.body()).get("error").asText();
    assertTrue(error.contains("'xml'") && error.contains(String.join(", ", Exports.names())), error);
  }

  @Test
  void anUnknownFormatOnTheCommandLineIsOneLineAndExitCode2BeforeTheStoreIsOpened() {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, Main.execute("events", "--store", storeDir.toString(), "--format", "xml"));
    } finally {
      System.setErr(old);
    }
    assertEquals("dyad events: unknown format 'xml'; known formats: jsonl, plover, cameo, gdelt, csv, parquet\n",
        err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> ids(String table) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
      List<String> ids = new ArrayList<>();
      while (r.next()) {
        ids.add(r.getString(1));
      }
      return ids;
    }
  }

  private static String body(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), path);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
  }
}
