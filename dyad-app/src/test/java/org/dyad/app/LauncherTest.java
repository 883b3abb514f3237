package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dyad} launcher's first build, run by bash in a copy of the repository root; {@code mvn} and
 * {@code java} are two-line scripts on PATH that record how they were called, since a real build takes minutes.
 */
class LauncherTest {
  @TempDir Path dir;

  @Test
  void theFirstBuildSaysSoFirstAndRunsMavenQuietlyWithoutColoursOrInstall() throws Exception {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Files.copy(Path.of("..", "dyad"), root.resolve("dyad"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    script(bin.resolve("mvn"), "echo \"$@\" > \"" + dir.resolve("mvn-args") + "\"\n"
        + "mkdir -p dyad-app/target && touch dyad-app/target/dyad-app.jar\n");
    script(bin.resolve("java"), "echo \"java $@\"\n");
    script(root.resolve("dyad"), Files.readString(root.resolve("dyad")));
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("dyad").toString(), "--version")
        .redirectError(dir.resolve("err").toFile()).redirectOutput(dir.resolve("out").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    List<String> err = Files.readAllLines(dir.resolve("err"));
    assertEquals(0, p.exitValue(), String.join("\n", err));
    assertTrue(err.get(0).startsWith("dyad: building with Maven"), "a line before the build starts: " + err);
    assertTrue(err.get(err.size() - 1).startsWith("dyad: built "), err.toString());
    String args = Files.readString(dir.resolve("mvn-args")).strip();
    for (String expected : List.of("-B", "-q", "-Dstyle.color=never", "package")) {
      assertTrue(List.of(args.split(" ")).contains(expected), "mvn " + args);
    }
    assertFalse(args.contains("install"), "the launcher must not overwrite ~/.m2: mvn " + args);
    assertFalse(Files.readString(dir.resolve("err")).contains("\u001b"), "no ANSI escape codes");
    assertTrue(Files.readString(dir.resolve("out")).contains("-jar " + root.resolve("dyad-app/target/dyad-app.jar")));
  }

  private void script(Path file, String body) throws IOException {
    Files.writeString(file, (body.startsWith("#!") ? "" : "#!/usr/bin/env bash\n") + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
