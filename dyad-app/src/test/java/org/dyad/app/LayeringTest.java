package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, read from the main sources of every module. */
class LayeringTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> MODULES = List.of("dyad-core", "dyad-store", "dyad-app", "dyad-spark");
  // a name ending in Command, other than picocli's own CommandLine and @Command
  private static final Pattern COMMAND = Pattern.compile("\\b[A-Z]\\w*Command\\b");
  // an explanation string read back: a mention's how() (or a cue) tested instead of the value it words
  private static final Pattern EXPLANATION_TEST = Pattern.compile("\\bhow\\(\\)\\s*\\.\\s*(startsWith|contains|equals|matches|endsWith)\\b"
      + "|\\.matcher\\(\\w+\\.how\\(\\)\\)|\\.how\\(\\)\\)\\.toLowerCase");
  private static final Pattern EVAL_IMPORT = Pattern.compile("(?m)^import (static )?org\\.dyad\\.eval\\.");

  @Test
  void noClassOutsideCliNamesACommand() {
    List<String> found = new ArrayList<>();
    for (Path f : sources("dyad-app")) {
      if (!f.toString().contains("/org/dyad/app/cli/") && COMMAND.matcher(code(f)).find()) {
        found.add(f.toString());
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void onlyBenchmarkCodeImportsTheScorers() {
    List<String> found = new ArrayList<>();
    for (String module : MODULES) {
      for (Path f : sources(module)) {
        String p = f.toString();
        if (!p.contains("/org/dyad/eval/") && !p.contains("/org/dyad/app/eval/")
            && EVAL_IMPORT.matcher(read(f)).find()) {
          found.add(p);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void noCodingDecisionReadsAnExplanationBack() {
    List<String> found = new ArrayList<>();
    for (String module : MODULES) {
      for (Path f : sources(module)) {
        if (EXPLANATION_TEST.matcher(read(f)).find()) {
          found.add(f.toString());
        }
      }
    }
    assertEquals(List.of(), found, "test the mention's resolution(), not the words of how()");
  }

  @Test
  void everyPackageSaysWhatItDoesInAPackageInfo() {
    List<String> missing = new ArrayList<>();
    for (String module : MODULES) {
      sources(module).stream().map(Path::getParent).distinct()
          .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
          .forEach(dir -> missing.add(dir.toString()));
    }
    assertEquals(List.of(), missing);
  }

  private static List<Path> sources(String module) {
    Path dir = ROOT.resolve(module).resolve("src/main/java");
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // the source without comments and string literals, so prose that mentions a command does not count
  private static String code(Path f) {
    return read(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
        .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
