package org.dyad.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One data line of a dictionary file: its number (from 1) and its text without comment and outer blanks. */
record DictLine(int number, String text) {

  /**
   * The data lines of {@code file}; {@code comments} are the characters that start a comment anywhere on a line
   * (dyad's TSVs: "#" at the start only, so {@code atStartOnly}).
   */
  static List<DictLine> read(Path file, String comments, boolean atStartOnly) {
    List<String> raw;
    try {
      raw = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new DictionaryException(file.toString(), "not UTF-8 text");
    } catch (IOException e) {
      throw new DictionaryException(file.toString(), Files.exists(file) ? "cannot be read (" + e.getMessage() + ")"
          : "no such file");
    }
    List<DictLine> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).replace("\uFEFF", "");
      text = atStartOnly ? (text.stripLeading().startsWith(comments) ? "" : text) : cut(text, comments);
      if (!text.isBlank()) {
        out.add(new DictLine(i + 1, atStartOnly ? text.stripTrailing() : text.strip()));
      }
    }
    return out;
  }

  private static String cut(String line, String comments) {
    for (int i = 0; i < line.length(); i++) {
      if (comments.indexOf(line.charAt(i)) >= 0) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
