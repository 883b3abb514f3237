package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code dyad code} with the real pipeline: the README's example is what the command prints, and stderr stays clean. */
class CodeCommandIT extends CapturingTest {
  private static final Path README = Path.of("..", "README.md");
  // the explanation lines the README shows (it leaves out the "sentence" line, which repeats the input)
  private static final Pattern SHOWN = Pattern.compile("^  (mention|lexicon|pattern|status|date) .*");
  private static final Pattern JSON_FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?[\\d.]+|null|true|false)");


  @Test
  void theReadmesCodeExplainExampleIsWhatTheCommandPrints() throws IOException {
    List<String> readme = Files.readAllLines(README);
    int at = indexOf(readme, "$ ./dyad code ");
    List<String> shown = new ArrayList<>();
    StringBuilder json = new StringBuilder();
    for (String line : readme.subList(at + 1, readme.size())) {
      if (line.startsWith("```")) {
        break;
      }
      if (SHOWN.matcher(line).matches()) {
        shown.add(line);
      } else {
        json.append(line);
      }
    }
    assertEquals(0, Main.execute(arguments(readme.get(at).substring("$ ./dyad code ".length()))));
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(printed.stream().filter(l -> SHOWN.matcher(l).matches()).toList(), shown,
        "README.md's `code --explain` lines; update them to what the command prints");
    Matcher m = JSON_FIELD.matcher(json);
    int fields = 0;
    while (m.find()) {
      fields++;
      assertTrue(printed.get(0).contains(m.group()), "README.md shows " + m.group() + "; the command prints "
          + printed.get(0));
    }
    assertTrue(fields >= 10, "the README's example shows the event's fields: " + json);
  }

  @Test
  void charactersTheTokenizerCannotReadRaiseNoWarningOnStderr() {
    assertEquals(0, Main.execute("code", "Iran threatened Israel \u0001 on Sunday\u007f, officials said."));
    String e = err.toString(StandardCharsets.UTF_8);
    assertFalse(e.contains("Untokenizable"), e);
    assertFalse(e.contains("PTBLexer"), e);
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("README.md has no example starting with " + prefix);
  }

  /** The words of a shell command line: double-quoted strings are one argument. */
  private static String[] arguments(String commandLine) {
    List<String> args = new ArrayList<>(List.of("code"));
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
    while (m.find()) {
      args.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return args.toArray(String[]::new);
  }
}
