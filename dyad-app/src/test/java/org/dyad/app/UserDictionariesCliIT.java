package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.app.eval.EvalEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lexicon} and {@code --actors} on {@code dyad code} and {@code dyad ingest}, with dictionaries we wrote. */
class UserDictionariesCliIT extends CapturingTest {
  private static final String SENTENCE = "Freedonia zorbified Sylvania on Monday.";
  @TempDir
  Path dir;


  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private Path verbs() throws IOException {
    return write("verbs.txt", "; made-up verb for this test", "ZORBIFY [112]", "- NOT * [---]");
  }

  private Path actors() throws IOException {
    return write("actors.txt", "FREEDONIA", "[FRDREB <950101]", "[FRDGOV >950101]", "SYLVANIA [SYL]");
  }

  private List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("[")).toList();
  }

  @Test
  void codeUsesTheAddedEntriesAndReportsWhatWasLeftOutOnce() throws IOException {
    Path verbs = verbs();
    assertEquals(0, Main.execute("code", SENTENCE, "--date", "1994-06-01", "--lexicon", verbs.toString(),
        "--actors", actors().toString(), "--explain"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("\"source\":{\"text\":\"Freedonia\",\"name\":\"Freedonia\",\"code\":\"FRD\","
        + "\"sector\":\"REB\"}"), printed);
    assertTrue(printed.contains("\"cameo\":\"112\""), printed);
    assertTrue(printed.contains("  lexicon   zorbify V 112 act (from " + verbs + ":2) @ 'zorbified'"), printed);
    assertEquals(List.of("dyad: --lexicon " + verbs + " (TABARI/PETRARCH): 1 lexicon entries; left out: pattern "
        + "lines with words before the verb (dyad keys a trigger on what depends on it): 1, the first at " + verbs
        + ":3",
        "dyad: --actors " + dir.resolve("actors.txt") + " (TABARI/PETRARCH): 3 actor codes"), errLines());
  }

  @Test
  void withoutTheOptionsTheSentenceHasNoEventAndNothingIsReported() {
    assertEquals(0, Main.execute("code", SENTENCE, "--date", "1994-06-01"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), errLines());
  }

  @Test
  void aBadLexiconLineIsOneLineWithFileAndLineAndExitCode2() throws IOException {
    Path bad = write("bad.tsv", "# term\tpos\tcode\tkind", "zorbify\tX\t112\tact");
    assertEquals(2, Main.execute("code", SENTENCE, "--lexicon", bad.toString()));
    assertEquals(List.of("dyad code: " + bad + ":2: pos 'X' is not V, N or A"), errLines());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBadFormatNameIsABadUsage() throws IOException {
    assertEquals(2, Main.execute("code", SENTENCE, "--lexicon", verbs().toString(), "--lexicon-format", "kedsx"));
    assertEquals(List.of("dyad code: --lexicon-format: expected auto, dyad, tabari or petrarch, got 'kedsx'"),
        errLines());
  }

  @Test
  void ingestChecksTheDictionariesBeforeTheStoreIsTouched() throws IOException {
    Path bad = write("bad-actors.txt", "FREEDONIA", "[FRDGOV >9501]");
    Path store = dir.resolve("store");
    Path article = write("a.txt", "Freedonia and Sylvania", "", SENTENCE);
    assertEquals(2, Main.execute("ingest", article.toString(), "--store", store.toString(), "--actors",
        bad.toString()));
    assertEquals(List.of("dyad ingest: " + bad + ":2: date restriction '>9501' is not >YYMMDD, <YYMMDD or "
        + "YYMMDD-YYMMDD"), errLines());
    assertFalse(Files.exists(store), "no store is created when a dictionary is bad");
  }

  @Test
  void ingestCodesWithTheAddedEntries() throws IOException {
    Path store = dir.resolve("store");
    Path article = write("a.txt", "Freedonia and Sylvania", "", "Freedonia zorbified Sylvania on Monday, the "
        + "foreign ministry said.", "", "The two states have quarrelled for years.");
    assertEquals(0, Main.execute("ingest", article.toString(), "--store", store.toString(), "--quiet",
        "--lexicon", verbs().toString(), "--actors", actors().toString()));
    out.reset();
    assertEquals(0, Main.execute("events", "--store", store.toString()));
    String events = out.toString(StandardCharsets.UTF_8);
    assertTrue(events.contains("\"code\":\"FRD\"") && events.contains("\"cameo\":\"112\"")
        && events.contains("\"code\":\"SYL\""), events);
  }

  @Test
  void evalEventsScoresTheCorpusCodedWithTheAddedEntries() throws Exception {
    Path data = Files.createDirectories(dir.resolve("bench"));
    write("bench/articles.jsonl", "{\"url\": \"test/1\", \"title\": \"Freedonia and Sylvania\", \"published\": "
        + "\"1994-06-01\", \"outlet\": \"Test Wire\", \"text\": \"Freedonia zorbified Sylvania on Monday, the "
        + "foreign ministry said.\\n\\nThe two states have quarrelled for years.\"}");
    write("bench/gold.jsonl", "{\"article\": \"1\", \"id\": \"1-1\", \"core\": true, \"source\": \"FRD\", "
        + "\"target\": \"SYL\", \"symmetric\": false, \"plover\": \"ACCUSE\", \"plover_alt\": [], \"cameo\": "
        + "\"112\", \"status\": \"occurred\", \"date\": \"1994-05-30\", \"date_window\": [\"1994-05-30\", "
        + "\"1994-05-30\"], \"cue\": \"Freedonia zorbified Sylvania\", \"summary\": \"made up\"}");
    org.dyad.dictionary.Dictionaries user = org.dyad.dictionary.Dictionaries.load(List.of(verbs()),
        org.dyad.dictionary.DictionaryFormat.AUTO, List.of(actors()), org.dyad.dictionary.DictionaryFormat.AUTO);
    assertEquals(0.0, EvalEvents.run(data, null, 1).coreRecall());
    assertEquals(1.0, EvalEvents.run(data, null, 1, user).coreRecall());
  }

  @Test
  void theLexiconDocsExampleIsWhatTheCommandPrints() throws IOException {
    List<String> doc = Files.readAllLines(Path.of("..", "docs", "lexicon.md"));
    doc = doc.subList(doc.indexOf("### Example"), doc.size());
    Path verbs = write("verbs.txt", block(doc, "$ cat verbs.txt").toArray(String[]::new));
    Path actors = write("actors.txt", block(doc, "$ cat actors.txt").toArray(String[]::new));
    String command = doc.stream().filter(l -> l.startsWith("$ ./dyad code ")).findFirst().orElseThrow();
    assertEquals("$ ./dyad code \"Freedonia zorbified Sylvania.\" --date 1994-05-02 --lexicon verbs.txt --actors "
        + "actors.txt --explain", command);
    assertEquals(0, Main.execute("code", "Freedonia zorbified Sylvania.", "--date", "1994-05-02", "--lexicon",
        verbs.toString(), "--actors", actors.toString(), "--explain"));
    List<String> shown = block(doc, command);
    String prefix = dir + java.io.File.separator;
    List<String> printed = new java.util.ArrayList<>(errLines().stream().map(l -> l.replace(prefix, "")).toList());
    out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  "))
        .forEach(l -> printed.add(l.replace(prefix, "")));
    assertEquals(shown.stream().filter(l -> !l.startsWith("{")).toList(), printed);
  }

  /** The lines after {@code command} in a fenced example, up to the next command or the fence's end. */
  private static List<String> block(List<String> doc, String command) {
    List<String> rest = doc.subList(doc.indexOf(command) + 1, doc.size());
    List<String> out = new java.util.ArrayList<>();
    for (String l : rest) {
      if (l.startsWith("$ ") || l.startsWith("```")) {
        break;
      }
      out.add(l);
    }
    return out;
  }
}
