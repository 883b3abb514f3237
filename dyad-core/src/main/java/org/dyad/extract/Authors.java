package org.dyad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Author names from a byline: no "By", no outlets, no desks or agencies. */
public final class Authors {
  private static final Set<String> NOT_PEOPLE = Set.of("agencies", "agency", "staff", "staff writer", "staff reporter",
      "reporter", "correspondent", "our correspondent", "editorial board", "the editorial board", "wire", "wires",
      "news desk", "newsroom", "web desk", "admin", "editor", "editors");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&|;|\\|)\\s*");
  private static final Pattern NAME = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’.\\-]*){0,3}");

  private Authors() {}

  /** The person names in {@code byline} ("By Jane Roe and John Doe (China Daily)"); outlet names dropped. */
  public static List<String> parse(String byline, String outlet) {
    String s = byline.replaceAll("\\([^)]*\\)", " ").replaceFirst("(?i)^\\s*by\\s+", "")
        .replaceAll("(?i)\\s+(in|for|at)\\s+[A-Z].*$", "").strip();
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      String name = part.strip();
      if (isPerson(name, outlet) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean isPerson(String name, String outlet) {
    if (name.isEmpty() || !NAME.matcher(name).matches() || NOT_PEOPLE.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (outlet != null && name.equalsIgnoreCase(outlet)) {
      return false;
    }
    return Outlets.named(name) == null && name.contains(" ");
  }
}
