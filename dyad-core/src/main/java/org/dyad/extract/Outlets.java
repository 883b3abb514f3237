package org.dyad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.util.Resources;

/** Outlet names from page furniture, URLs and datelines, using the known-outlet list in outlets.tsv. */
public final class Outlets {
  private static final List<Signature> SIGNATURES = load();
  // "By Agencies (China Daily)", "Copyright © 1999- Shanghai Daily. All rights reserved."
  private static final Pattern PAREN = Pattern.compile("\\(([A-Z][\\p{L}'&.\\- ]{2,40})\\)");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?:Copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d\\s*[-–]?\\s*(?:(?:19|20)\\d\\d)?\\s*)?"
          + "([A-Z][\\p{L}'&.\\- ]{2,40}?)(?:\\.|,|\\s+All rights|\\s+Inc\\b|\\s+Ltd\\b|$)");

  private static final Pattern BY = Pattern.compile("(?i)\\s*by\\s");
  // words that follow "Copyright" or sit in parentheses without being anyone's name
  private static final java.util.Set<String> GENERIC = java.util.Set.of("notice", "policy", "information", "statement",
      "terms", "reserved", "updated", "update", "video", "videos", "photo", "photos", "live", "analysis", "opinion",
      "editorial", "interview", "exclusive", "full text", "agencies", "agency", "staff", "file");

  private Outlets() {}

  private record Signature(String outlet, Pattern pattern) {}

  private static List<Signature> load() {
    List<Signature> out = new ArrayList<>();
    for (String line : Resources.lines(Outlets.class, "outlets.tsv")) {
      String[] cols = line.split("\t");
      for (String sig : cols[1].split("\\s*\\|\\s*")) {
        boolean domain = sig.contains(".") && !sig.contains(" ");
        String body = Pattern.quote(domain ? sig.toLowerCase(Locale.ROOT) : sig);
        // a domain matches case-insensitively as part of a host; a name as a whole phrase
        Pattern p = domain ? Pattern.compile("(?i)(?<![\\w-])" + body + "(?![\\w-])")
            : Pattern.compile("(?<![\\p{L}])" + body + "(?![\\p{L}])");
        out.add(new Signature(cols[0], p));
      }
    }
    return List.copyOf(out);
  }

  /** The known outlet that {@code line} names, or null; longer signatures are tried first within a line. */
  public static String named(String line) {
    Signature best = null;
    int bestLength = 0;
    for (Signature s : SIGNATURES) {
      Matcher m = s.pattern().matcher(line);
      if (m.find() && m.end() - m.start() > bestLength) {
        best = s;
        bestLength = m.end() - m.start();
      }
    }
    return best == null ? null : best.outlet();
  }

  /** The outlet a URL's host belongs to, or null. */
  public static String ofUrl(String url) {
    return url == null ? null : named(url.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").split("[/?#]")[0]);
  }

  /** The outlet named by the page furniture: the header first, then the footer; known names, then patterns. */
  static String inFurniture(List<String> header, List<String> footer) {
    for (List<String> part : List.of(header, footer)) {
      for (String line : part) {
        String known = named(line);
        if (known != null) {
          return known;
        }
      }
    }
    for (List<String> part : List.of(header, footer)) {
      for (String line : part) {
        String guessed = guessed(line);
        if (guessed != null) {
          return guessed;
        }
      }
    }
    return null;
  }

  private static String guessed(String line) {
    Matcher m = COPYRIGHT.matcher(line);
    if (m.find() && !isGeneric(m.group(1))) {
      return m.group(1).strip();
    }
    // "By Agencies (Moscow Herald)" or a bare "(Moscow Herald)"; a headline's "(Updated)" names no outlet
    m = PAREN.matcher(line);
    boolean byline = BY.matcher(line).lookingAt() || line.strip().startsWith("(");
    return byline && m.find() && line.length() < 80 && !isGeneric(m.group(1)) ? m.group(1).strip() : null;
  }

  private static boolean isGeneric(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.startsWith("all rights") || GENERIC.contains(n);
  }
}
