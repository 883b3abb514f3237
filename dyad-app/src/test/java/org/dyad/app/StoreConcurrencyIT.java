package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.ingest.IngestRunnerTest;
import org.dyad.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several real dyad processes on one store: a server and the reading commands beside an ingest, a second ingest
 * refused at once (or waiting with --wait), and a store whose database a foreign program holds.
 */
class StoreConcurrencyIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path dir;
  private final java.util.List<Process> started = new java.util.ArrayList<>();

  @AfterEach
  void stopChildren() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void whileAServerServesTheStoreTheCommandsAndAnIngestRunOnIt() throws Exception {
    Path store = dir.resolve("store");
    Cli.Run first = Cli.run(60, "ingest", corpus("a", 20).toString(), "--store", store.toString(), "--no-events");
    assertEquals(0, first.exit(), first.err());
    String url = serve(store);
    assertEquals(20, health(url).get("articles").asInt());

    Cli.Run events = Cli.run(60, "events", "--store", store.toString());
    assertEquals(0, events.exit(), events.err());
    Cli.Run timeline = Cli.run(60, "timeline", "--store", store.toString(), "--query", "Geneva", "--format", "json");
    assertEquals(0, timeline.exit(), timeline.err());
    assertTrue(timeline.out().startsWith("{\"query\""), timeline.out());
    Cli.Run more = Cli.run(60, "ingest", corpus("b", 5).toString(), "--store", store.toString(), "--no-events");
    assertEquals(0, more.exit(), more.err());
    assertTrue(more.err().contains("5 articles stored"), more.err());

    assertEquals(25, health(url).get("articles").asInt());
    assertEquals(5, get(url + "api/search?q=delegationb3+OR+delegationb1+OR+delegationb0+OR+delegationb2+OR+"
        + "delegationb4").get("total").asInt());
  }

  @Test
  void aSecondIngestIsRefusedAtOnceWhileAServerReadsTheStoreBeingWritten() throws Exception {
    Path store = dir.resolve("store");
    Path big = corpus("a", 3000);
    Process writer = start(Cli.dyad("ingest", big.toString(), "--store", store.toString(), "--no-events",
        "--threads", "1", "--quiet"));
    waitFor(() -> Files.exists(store.resolve("dyad.duckdb")) && Files.isDirectory(store.resolve("index")), writer);

    Cli.Run second = Cli.run(30, "ingest", corpus("b", 3).toString(), "--store", store.toString(), "--no-events");
    assertTrue(writer.isAlive(), "the first ingest ended too early for the test; make its corpus larger");
    assertEquals(2, second.exit(), second.err());
    assertEquals(1, second.err().strip().lines().count(), second.err());
    assertTrue(second.err().contains("store " + store + " is being written by another dyad ingest (PID "
        + writer.pid() + ")"), second.err());
    assertTrue(second.err().contains("--wait"), second.err());

    Process waiting = start(Cli.dyad("ingest", big.toString(), "--store", store.toString(), "--no-events", "--wait"));
    String url = serve(store);
    int before = health(url).get("articles").asInt();
    waitFor(() -> {
      // a consistent view: the index never holds an article that the tables do not, even mid-batch
      int found = get(url + "api/search?q=Geneva").get("total").asInt();
      int stored = health(url).get("articles").asInt();
      assertTrue(found <= stored, found + " found by search but " + stored + " stored");
      return stored > before;
    }, writer);
    assertTrue(writer.isAlive(), "the first ingest ended before the server saw it commit a batch");

    Cli.Run firstDone = Cli.finish(writer, 120);
    assertEquals(0, firstDone.exit(), firstDone.err());
    Cli.Run waited = Cli.finish(waiting, 120);
    assertEquals(0, waited.exit(), waited.err());
    assertTrue(waited.err().contains("waiting for the other ingest"), waited.err());
    assertTrue(waited.err().contains(": 0 articles stored") && waited.err().contains("3000 already in the store"),
        waited.err());
    assertEquals(3000, health(url).get("articles").asInt());
  }

  @Test
  void aDatabaseHeldByAForeignProgramStopsTheIngestWithOneLineNamingTheStore() throws Exception {
    Path store = dir.resolve("store");
    Cli.Run first = Cli.run(60, "ingest", corpus("a", 2).toString(), "--store", store.toString(), "--no-events");
    assertEquals(0, first.exit(), first.err());
    Process holder = start(Cli.start("org.dyad.app.HoldDatabase", store.resolve("dyad.duckdb").toString()));
    assertTrue(Cli.firstLine(holder).startsWith("holding"));

    Cli.Run blocked = Cli.run(60, "ingest", corpus("b", 2).toString(), "--store", store.toString(), "--no-events");
    assertEquals(2, blocked.exit(), blocked.err());
    assertEquals(1, blocked.err().strip().lines().count(), blocked.err());
    assertTrue(blocked.err().startsWith("dyad ingest: store " + store + " is locked by another process (PID "
        + holder.pid() + ")"), blocked.err());
    assertTrue(!blocked.err().contains("Conflicting lock") && !blocked.err().contains("/usr/"), blocked.err());
  }

  private Process start(Process p) {
    started.add(p);
    return p;
  }

  /** Serves {@code store} from a child process on a free port; its base address. */
  private String serve(Path store) throws IOException {
    Process server = start(Cli.dyad("serve", "--store", store.toString(), "--port", "0"));
    String line = Cli.firstLine(server);
    return line.replaceAll(".*(http://\\S+/).*", "$1");
  }

  private Path corpus(String name, int files) throws IOException {
    Path corpus = dir.resolve("corpus-" + name);
    for (int i = 0; i < files; i++) {
      Path file = corpus.resolve(String.format("%02d/%04d.txt", i % 20, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, IngestRunnerTest.story("Talks round " + name + i, "Delegation" + name + i));
    }
    return corpus;
  }

  private static JsonNode health(String url) {
    return get(url + "api/health");
  }

  private static JsonNode get(String url) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      return Json.mapper().readTree(r.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(url + ": " + e, e);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Waits until {@code check} holds, failing if {@code child} ends first or 60 s pass. */
  private static void waitFor(Check check, Process child) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!check.holds()) {
      assertTrue(child.isAlive(), "the child process ended first");
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(20);
    }
  }
}
