package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;

/** The {@code [ … ]} codes of a TABARI/PETRARCH line and the text outside them. */
record Brackets(String outside, List<String> codes) {

  /** Splits {@code text}; an unclosed or nested bracket is a fault of line {@code line} of {@code file}. */
  static Brackets of(String file, int line, String text) {
    StringBuilder outside = new StringBuilder();
    List<String> codes = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ']') {
        throw new DictionaryException(file, line, "']' without '['");
      }
      if (c != '[') {
        outside.append(c);
        i++;
        continue;
      }
      int close = text.indexOf(']', i);
      int nested = text.indexOf('[', i + 1);
      if (close < 0 || (nested >= 0 && nested < close)) {
        throw new DictionaryException(file, line, "'[' without ']'");
      }
      codes.add(text.substring(i + 1, close).trim());
      i = close + 1;
    }
    return new Brackets(outside.toString().replaceAll("\\{[^}]*}", " ").strip(), codes);
  }
}
