package org.dyad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of hard-wrapped plain text (newswire archives, e-mail, fixed-width dumps), where a line
 * break ends a line of the page, not a sentence: "… on Capitol Hill yesterday, House members did not press the".
 *
 * <p>Wrapping is detected from the line-length profile: most lines end near one width, and most of those end
 * without a sentence's closing mark. Paragraphs then end at a blank line, before an indented line, before a list
 * item, and after a line that ends a sentence well short of the width. Headlines in capitals, list items, table
 * rows and quoted e-mail lines stay lines of their own; text that is not wrapped is returned as it is.
 */
public final class Reflow {
  private static final int MIN_LINES = 4;
  private static final int MIN_WIDTH = 40;
  private static final int MAX_WIDTH = 100;
  // a list item: bullet, dash, or "1." / "a)" numbering at the start of the line
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•·–]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+\\S");
  // a table row: two or more runs of 3+ spaces between words, or a run of dots or dashes as a leader
  private static final Pattern TABLE = Pattern.compile("\\S(?: {3,}|\\t)\\S.*\\S(?: {3,}|\\t)\\S|\\.{4,}|-{4,}|_{4,}");
  private static final Pattern CLOSES = Pattern.compile("[.!?:;\"”’')\\]]$");

  private Reflow() {}

  /** The text with wrapped lines joined, and whether any were. */
  public record Result(String text, boolean reflowed) {}

  /** Joins the wrapped lines of {@code text} into paragraphs, one a line, when the text is hard-wrapped. */
  public static Result apply(String text) {
    List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    int width = wrapWidth(lines);
    if (width < 0) {
      return new Result(text, false);
    }
    int base = baseIndent(lines);
    int column = column(lines);
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    String prev = null;
    for (String line : lines) {
      if (para.length() > 0 && breaksBefore(prev, line, width, column, base)) {
        out.add(para.toString());
        para.setLength(0);
      }
      if (line.isBlank()) {
        prev = null;
        continue;
      }
      join(para, line.strip());
      prev = line;
    }
    if (para.length() > 0) {
      out.add(para.toString());
    }
    return new Result(String.join("\n", out), true);
  }

  /**
   * The width the text is wrapped at, or -1 when it is not wrapped: enough lines, most of the prose lines
   * within a tenth of the widest common length, and most of those continuing on the next line.
   */
  static int wrapWidth(List<String> lines) {
    List<Integer> lengths = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank() && !TABLE.matcher(l).find()) {
        lengths.add(l.stripTrailing().length());
      }
    }
    if (lengths.size() < MIN_LINES) {
      return -1;
    }
    List<Integer> sorted = lengths.stream().sorted().toList();
    int width = sorted.get((int) Math.floor(0.9 * (sorted.size() - 1)));
    if (width < MIN_WIDTH || width > MAX_WIDTH || sorted.get(sorted.size() - 1) > width * 1.5) {
      return -1;
    }
    int near = 0;
    int open = 0;
    int lower = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).stripTrailing();
      if (l.length() >= 0.75 * width && !TABLE.matcher(l).find()) {
        near++;
        String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
        boolean continues = !next.isEmpty() && !CLOSES.matcher(l).find();
        open += continues ? 1 : 0;
        lower += continues && !Character.isUpperCase(next.charAt(0)) ? 1 : 0;
      }
    }
    // verse and lists also have lines of one length that end open, but their next line starts in capitals
    boolean wrapped = near >= 0.4 * lengths.size() && open >= 0.5 * near && open >= MIN_LINES - 1 && lower >= 0.4 * open;
    return wrapped ? width : -1;
  }

  /** True when {@code line} opens a new paragraph after {@code prev} (null after a blank line or at the start). */
  private static boolean breaksBefore(String prev, String line, int width, int column, int base) {
    if (prev == null || line.isBlank()) {
      return true;
    }
    if (standsAlone(prev) || standsAlone(line) || ITEM.matcher(line).find()) {
      return true;
    }
    boolean indented = indent(line) > base;
    boolean closes = CLOSES.matcher(prev.stripTrailing()).find();
    boolean shortEnd = prev.strip().length() < 0.7 * width && closes;
    // the wrapper would have put the next word on this line had it been the same paragraph ("… delegation." "Thanks.")
    int next = prev.stripTrailing().length() + 1 + line.strip().split("\\s+")[0].length();
    boolean wouldFit = next <= (closes ? column : 0.9 * column);
    return indented || shortEnd || wouldFit;
  }

  /** A line that is never joined to its neighbours: a headline in capitals, a table row, a quoted e-mail line. */
  private static boolean standsAlone(String line) {
    String s = line.strip();
    return s.startsWith(">") || TABLE.matcher(line).find() || capitals(s);
  }

  private static boolean capitals(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 4 && s.split("\\s+").length >= 2;
  }

  /** The column the text is wrapped at: its longest prose line. */
  private static int column(List<String> lines) {
    int max = 0;
    for (String l : lines) {
      max = TABLE.matcher(l).find() ? max : Math.max(max, l.stripTrailing().length());
    }
    return max;
  }

  /** The indentation most lines have: continuation lines; a paragraph's first line is indented further. */
  private static int baseIndent(List<String> lines) {
    int[] counts = new int[MAX_WIDTH + 1];
    for (String l : lines) {
      if (!l.isBlank()) {
        counts[Math.min(MAX_WIDTH, indent(l))]++;
      }
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      best = counts[i] > counts[best] ? i : best;
    }
    return best;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i += line.charAt(i) == '\t' ? 4 : 1;
    }
    return i;
  }

  /** Appends a wrapped line: a word broken at a hyphen is joined without a space ("semi-" + "conductor"). */
  private static void join(StringBuilder para, String line) {
    if (para.length() == 0) {
      para.append(line);
      return;
    }
    char last = para.charAt(para.length() - 1);
    boolean brokenWord = last == '-' && para.length() > 1 && Character.isLetter(para.charAt(para.length() - 2))
        && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
    para.append(brokenWord ? "" : " ").append(line);
  }
}
