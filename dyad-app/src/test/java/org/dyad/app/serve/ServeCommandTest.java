package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve} refuses bad input with exit code 2 and one line naming what was wrong, before binding. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void missingStoreIsBadInputNamingTheFolder() {
    Path missing = dir.resolve("no-store");
    String err = stderrOf(() -> assertEquals(2, Main.execute("serve", "--store", missing.toString(), "--port", "0")));
    assertTrue(err.contains("no dyad store at " + missing), err);
  }

  @Test
  void portOutOfRangeIsBadInput() {
    String err = stderrOf(() -> assertEquals(2, Main.execute("serve", "--store", dir.toString(), "--port", "70000")));
    assertTrue(err.contains("--port"), err);
  }

  private static String stderrOf(Runnable run) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
