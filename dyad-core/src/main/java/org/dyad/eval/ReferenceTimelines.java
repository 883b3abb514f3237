package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads a Timeline17 reference timeline: a date line, its sentences, a dashed line, and so on. */
final class ReferenceTimelines {
  private static final Pattern DASHES = Pattern.compile("^-{5,}\\s*$");

  private ReferenceTimelines() {}

  /** The dates of {@code file} with their sentences; a date repeated in the file gets the sentences of both. */
  static SortedMap<LocalDate, List<String>> read(Path file) throws IOException {
    SortedMap<LocalDate, List<String>> out = new TreeMap<>();
    List<String> block = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (DASHES.matcher(line).matches()) {
        addBlock(out, block);
        block = new ArrayList<>();
      } else if (!line.isBlank()) {
        block.add(line.strip());
      }
    }
    addBlock(out, block);
    return out;
  }

  // a block whose first line is no full date (one file has "2011-04-0") cannot be scored and is dropped
  private static void addBlock(SortedMap<LocalDate, List<String>> out, List<String> block) {
    if (block.size() < 2) {
      return;
    }
    try {
      LocalDate date = LocalDate.parse(block.get(0));
      out.computeIfAbsent(date, d -> new ArrayList<>()).addAll(block.subList(1, block.size()));
    } catch (DateTimeParseException e) {
      return;
    }
  }
}
