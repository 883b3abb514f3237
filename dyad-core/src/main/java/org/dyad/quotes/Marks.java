package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a text from its quote marks (“ ” „ « » ‘ ’, straight double quotes, and the
 * {@code ``…''} of text dumps that were tokenised Penn-Treebank style), across sentences and paragraphs. Lenient by design: a stray or missing mark ends a passage at its paragraph's end,
 * never fails.
 */
final class Marks {
  private static final String OPEN_DOUBLE = "\u201c\u201e\u00ab";
  private static final String CLOSE_DOUBLE = "\u201d\u00bb";
  private static final char OPEN_SINGLE = '\u2018';
  private static final char CLOSE_SINGLE = '\u2019';
  private static final char STRAIGHT = '"';
  private static final String PTB_OPEN = "``";
  private static final String PTB_CLOSE = "''";

  /**
   * One quoted passage.
   *
   * @param open offset of the opening mark
   * @param start offset of the first quoted character (after the opening mark)
   * @param end offset after the last quoted word
   * @param close offset of the closing mark, or of the paragraph's end when none closes the passage
   * @param text the quoted words, continuation marks of later paragraphs removed
   * @param closed true when a closing mark ends the passage
   */
  record Quoted(int open, int start, int end, int close, String text, boolean closed) {
    /** Offset of the opening mark. */
    int openMark() {
      return open;
    }
  }

  private Marks() {}

  /** The quoted passages of {@code text}, in text order. */
  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    Scan scan = new Scan(text, out);
    for (int i = 0; i < text.length(); i++) {
      i = scan.at(i);
    }
    scan.endOfParagraph(text.length());
    return out;
  }

  /** The scanning state: where the open passage started, its kind of mark, and its finished paragraphs. */
  private static final class Scan {
    private final String text;
    private final List<Quoted> out;
    private int start = -1;
    private int begin = -1;
    private int mark = -1;
    private boolean single;
    private final StringBuilder done = new StringBuilder();

    Scan(String text, List<Quoted> out) {
      this.text = text;
      this.out = out;
    }

    /** Reads the character at {@code i}; returns the index of the last character consumed. */
    int at(int i) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(i)) {
        return paragraphBreak(i);
      }
      if (start < 0 && text.startsWith(PTB_OPEN, i)) {
        return open(i + 2, false) - 1;
      }
      if (start >= 0 && !single && text.startsWith(PTB_CLOSE, i)) {
        emit(i, true);
        return i + 1;
      }
      if (start < 0) {
        opens(c, i);
      } else if (closes(c, i)) {
        emit(i, true);
      }
      return i;
    }

    private int open(int at, boolean single) {
      mark = text.charAt(at - 1) == '`' ? at - 2 : at - 1;
      start = at;
      begin = at;
      this.single = single;
      return at;
    }

    private void opens(char c, int i) {
      boolean straight = c == STRAIGHT && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      boolean single = c == OPEN_SINGLE && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (OPEN_DOUBLE.indexOf(c) >= 0 || straight || single) {
        open(i + 1, single);
      }
    }

    private boolean closes(char c, int i) {
      if (single) {
        boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return c == CLOSE_SINGLE && !letterAfter; // "don’t" is an apostrophe, not the end of the quote
      }
      return CLOSE_DOUBLE.indexOf(c) >= 0 || c == STRAIGHT;
    }

    private boolean blankLineAt(int i) {
      int j = i + 1;
      while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      return j < text.length() && text.charAt(j) == '\n';
    }

    /** A passage open at a paragraph's end continues when the next paragraph opens with a quote mark. */
    private int paragraphBreak(int i) {
      int next = i;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (start < 0) {
        return next - 1;
      }
      if (next < text.length() && opensContinuation(text.charAt(next))) {
        done.append(text, start, trimEnd(start, i)).append("\n\n");
        int width = text.startsWith(PTB_OPEN, next) ? 2 : 1;
        start = next + width;
        return next + width - 1;
      }
      endOfParagraph(i);
      return next - 1;
    }

    private boolean opensContinuation(char c) {
      return single ? c == OPEN_SINGLE : OPEN_DOUBLE.indexOf(c) >= 0 || c == STRAIGHT || c == '`';
    }

    void endOfParagraph(int i) {
      if (start >= 0) {
        emit(trimEnd(start, i), false);
      }
    }

    private int trimEnd(int from, int to) {
      int e = to;
      while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }

    private void emit(int end, boolean closed) {
      String words = done + text.substring(start, end);
      if (!words.isBlank()) {
        out.add(new Quoted(mark, begin, end, end, words, closed));
      }
      start = -1;
      begin = -1;
      done.setLength(0);
    }
  }
}
