package org.dyad.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The dictionaries under src/test/resources/org/dyad/dictionary, and small files written on the fly. */
final class Fixture {
  private Fixture() {}

  static Path path(String name) {
    try {
      return Path.of(Fixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file {@code name} in {@code dir} holding {@code lines}. */
  static Path write(Path dir, String name, String... lines) {
    try {
      return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
