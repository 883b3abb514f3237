package org.dyad.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated rule files of this package, skipping blank and "#" comment lines. */
final class RuleFiles {
  private RuleFiles() {}

  /** The rows of {@code name}, each split on tabs, checked to have {@code columns} columns. */
  static List<String[]> rows(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RuleFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource org/dyad/time/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(split(line, columns, name, lineNo));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read org/dyad/time/" + name, e);
    }
    return rows;
  }

  private static String[] split(String line, int columns, String name, int lineNo) {
    String[] cells = line.split("\t", -1);
    if (cells.length != columns) {
      throw new IllegalStateException(name + ":" + lineNo + ": expected " + columns
          + " tab-separated columns, got " + cells.length + ": " + line);
    }
    return cells;
  }
}
