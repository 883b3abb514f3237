package org.dyad.ingest;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Publication dates the user supplies in a CSV {@code path,published}, for corpora whose pages lack them. */
public final class PublishedDates {
  /** No user dates. */
  public static final PublishedDates NONE = new PublishedDates(Map.of());
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:?\\d{2}|Z)?)?");

  private final Map<String, String> byPath;

  private PublishedDates(Map<String, String> byPath) {
    this.byPath = byPath;
  }

  /** Loads the CSV; fails with the file and line number on a malformed row. */
  public static PublishedDates load(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot read --published-from " + csv + ": " + Inputs.oneLine(e));
    }
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase().startsWith("path,"))) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      String date = comma < 0 ? "" : line.substring(comma + 1).strip();
      if (comma <= 0 || !ISO.matcher(date).matches() || !isRealDate(date)) {
        throw new BadInputException(csv + ":" + (i + 1) + ": expected 'path,YYYY-MM-DD', got '" + line + "'");
      }
      map.put(normalise(unquote(line.substring(0, comma).strip())), date);
    }
    return new PublishedDates(map);
  }

  private static boolean isRealDate(String iso) {
    try {
      java.time.LocalDate.parse(iso.substring(0, 10));
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The user's date for this file (matched by full path, path suffix, or file name), or null. */
  String lookup(Path file, String sourcePath) {
    if (byPath.isEmpty()) {
      return null;
    }
    String full = normalise(sourcePath);
    for (Map.Entry<String, String> e : byPath.entrySet()) {
      String key = e.getKey();
      if (full.equals(key) || full.endsWith("/" + key)) {
        return e.getValue();
      }
    }
    return byPath.get(file.getFileName().toString());
  }

  /** Number of rows. */
  public int size() {
    return byPath.size();
  }

  private static String normalise(String p) {
    String s = p.replace('\\', '/');
    return s.startsWith("./") ? s.substring(2) : s;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
