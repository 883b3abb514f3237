package org.dyad.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated data files (lexicons, knowledge base): "#" starts a comment line, blank lines are skipped. */
public final class Tsv {
  private Tsv() {}

  /** The rows of a classpath resource (absolute path), each with at least {@code minColumns} cells. */
  public static List<String[]> read(String resource, int minColumns) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = Arrays.copyOf(line.split("\t", -1), Math.max(minColumns, line.split("\t", -1).length));
        if (cols[minColumns - 1] == null) {
          throw new IllegalStateException(resource + " line " + n + ": expected " + minColumns + " columns: " + line);
        }
        rows.add(cols);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Cell {@code i} of a row, trimmed; empty when absent. */
  public static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? row[i].trim() : "";
  }
}
