package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.util.BadInputException;

/** The folders a benchmark reads and the temporary stores it writes. */
public final class Folders {
  private Folders() {}

  /** {@code data}, when it is a folder; otherwise bad input naming it. */
  public static Path benchmark(Path data) {
    if (!Files.isDirectory(data)) {
      throw new BadInputException("no such benchmark folder: " + data);
    }
    return data;
  }

  /** Deletes {@code dir} and everything below it. */
  static void delete(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> paths = Files.walk(dir)) {
      all = paths.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
