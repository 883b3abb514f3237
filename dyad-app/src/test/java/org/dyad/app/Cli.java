package org.dyad.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real command line in a child process: {@code java -cp <test class path> org.dyad.app.Main ARGS}. */
final class Cli {
  private Cli() {}

  /** What a finished child process printed and returned. */
  record Run(int exit, String out, String err) {}

  /** Starts {@code main} (a class on the test class path) with {@code args}; stdout and stderr are piped. */
  static Process start(String main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  /** Starts {@code dyad ARGS}. */
  static Process dyad(String... args) throws IOException {
    return start("org.dyad.app.Main", args);
  }

  /** Runs {@code dyad ARGS} to its end, at most {@code seconds}. */
  static Run run(int seconds, String... args) throws IOException, InterruptedException {
    return finish(dyad(args), seconds);
  }

  /** Waits for {@code p} to end, at most {@code seconds} (then kills it and fails). */
  static Run finish(Process p, int seconds) throws IOException, InterruptedException {
    var out = p.getInputStream();
    var err = p.getErrorStream();
    var outText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(out));
    var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(err));
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child process did not end within " + seconds + " s");
    }
    return new Run(p.exitValue(), outText.join(), errText.join());
  }

  /** The first line that {@code p} prints on stdout (a server's address); the rest of stdout is left unread. */
  static String firstLine(Process p) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    if (line == null) {
      throw new AssertionError("the child process ended without a line: "
          + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return line;
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
