package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryException;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job's {@code --lexicon}/{@code --actors}: checked on the driver, shipped to the executors with the tasks. */
class SparkDictionariesIT {
  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void aBadDictionaryLineStopsTheJobOnTheDriverNamingFileAndLine() throws IOException {
    Path bad = write("verbs.txt", "ZORBIFY [112]", "- * TALKS");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> SparkIngest.dictionaries(Map.of("--lexicon", List.of(bad.toString()))));
    assertEquals(bad + ":2: pattern line without a [CODE]", e.getMessage());
    assertEquals(Dictionaries.NONE, SparkIngest.dictionaries(Map.of()));
  }

  @Test
  void theExecutorsCodeWithTheAddedEntries() throws IOException {
    Dictionaries user = SparkIngest.dictionaries(Map.of(
        "--lexicon", List.of(write("verbs.txt", "ZORBIFY [112]").toString()),
        "--actors", List.of(write("actors.txt", "FREEDONIA", "[FRDREB <950101]", "[FRDGOV >950101]",
            "SYLVANIA [SYL]").toString()),
        "--actors-format", List.of("petrarch")));
    Path in = write("in.jsonl", "{\"url\": \"test/1\", \"title\": \"Freedonia and Sylvania\", \"published\": "
        + "\"1994-06-01\", \"text\": \"Freedonia zorbified Sylvania on Monday, the foreign ministry said.\\n\\nThe "
        + "two states have quarrelled for years.\"}");
    Path out = dir.resolve("out");
    SparkSession spark = SparkSession.builder().master("local[1]").appName("dyad-dictionaries-it")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate();
    try {
      SparkIngest.run(spark, in.toString(), out.toString(), 1, List.of(), user);
    } finally {
      spark.stop();
    }
    try (Store store = Store.openParquet(out)) {
      List<String> coded = store.events(EventQuery.all()).stream()
          .map(e -> e.source().code() + "/" + e.source().sector() + " " + e.cameo() + " " + e.target().code()).toList();
      assertEquals(List.of("FRD/REB 112 SYL"), coded);
    }
  }
}
