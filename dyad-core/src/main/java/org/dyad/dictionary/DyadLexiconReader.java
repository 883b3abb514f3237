package org.dyad.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a lexicon in lexicon.tsv's layout (term, pos, code, kind), checking every line. */
final class DyadLexiconReader {
  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}'.:_-]+(\\+[\\p{L}\\p{N}'.:_-]+)?");

  private DyadLexiconReader() {}

  static List<LexiconEntry> read(Path file) {
    String name = file.toString();
    List<LexiconEntry> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (DictLine l : DictLine.read(file, "#", true)) {
      String[] c = l.text().split("\t", -1);
      if (c.length < 4) {
        throw new DictionaryException(name, l.number(), "expected 4 tab-separated columns (term, pos, code, kind), "
            + "got " + c.length);
      }
      LexiconEntry e = entry(name, l.number(), c);
      Integer before = seen.put(e.term() + " " + e.pos(), l.number());
      if (before != null) {
        throw new DictionaryException(name, l.number(), "term '" + e.term() + "' " + e.pos() + " is already on line "
            + before);
      }
      out.add(e);
    }
    return out;
  }

  private static LexiconEntry entry(String file, int line, String[] c) {
    String term = c[0].trim().toLowerCase();
    String pos = c[1].trim();
    String code = c[2].trim();
    String kind = c[3].trim();
    if (!TERM.matcher(term).matches()) {
      throw new DictionaryException(file, line, "term '" + c[0].trim() + "' is not a lemma or lemma+second word");
    }
    if (!Codes.POS.contains(pos)) {
      throw new DictionaryException(file, line, "pos '" + pos + "' is not V, N or A");
    }
    if (!code.equals("-") && !Codes.cameo(code)) {
      throw new DictionaryException(file, line, "code '" + code + "' is not a CAMEO 1.1b3 code of cameo.tsv (or -)");
    }
    if (!Codes.KINDS.contains(kind)) {
      throw new DictionaryException(file, line, "kind '" + kind + "' is not act, say, visit or enact");
    }
    String[] t = term.split("\\+");
    return new LexiconEntry(t[0], t.length > 1 ? t[1] : null, pos, code, kind, file + ":" + line);
  }
}
