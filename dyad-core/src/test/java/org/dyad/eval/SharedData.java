package org.dyad.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared benchmark folder beside the repository; tests skip cleanly when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or a skipped test when it is absent. */
  public static Path folder(String sub) {
    Path root = Path.of(System.getProperty("dyad.shared", "../../shared"));
    Path p = root.resolve(sub);
    assumeTrue(Files.exists(p), "shared benchmark data absent at " + p.toAbsolutePath() + "; test skipped");
    return p;
  }
}
