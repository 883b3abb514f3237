package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a person's mention shows, for "he" and "she": from a gendered title ("Queen", "Mrs.",
 * "King", "Sheikh") or the first given name. Given names come from the name-gender list that ships in the Stanford
 * CoreNLP models jar (already dyad's parser; {@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}, read at
 * run time, not copied); a name it does not list ("Saddam", "Muammar") leaves the gender unknown.
 */
final class Gender {
  enum Value { MALE, FEMALE, UNKNOWN }

  private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madame", "queen",
      "princess", "lady", "baroness", "duchess", "empress", "begum", "dame", "sister");
  private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "king", "prince", "sheikh", "sheik", "emir",
      "sultan", "pope", "ayatollah", "shah", "lord", "baron", "duke", "emperor", "monsieur", "sir", "father");
  private static final Map<String, Value> BY_NAME = load();

  private Gender() {}

  static Value of(Mention m) {
    String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : words) {
      if (FEMALE_TITLES.contains(w)) {
        return Value.FEMALE;
      }
      if (MALE_TITLES.contains(w)) {
        return Value.MALE;
      }
    }
    if (!m.person() || m.name() == null) {
      return Value.UNKNOWN;
    }
    String first = m.name().trim().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
    return BY_NAME.getOrDefault(first, Value.UNKNOWN);
  }

  /** Gender of a third-person pronoun, UNKNOWN for any other word. */
  static Value ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "his", "him" -> Value.MALE;
      case "she", "her" -> Value.FEMALE;
      default -> Value.UNKNOWN;
    };
  }

  private static Map<String, Value> load() {
    Map<String, Value> out = new HashMap<>();
    InputStream in = Gender.class.getClassLoader().getResourceAsStream(NAMES);
    if (in == null) {
      return Map.of(); // without the models jar only titles tell
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          // a name listed with both genders ("jean", "kim") tells nothing
          Value v = Value.valueOf(f[1]);
          out.merge(f[0].trim().toLowerCase(Locale.ROOT), v, (a, b) -> a == b ? a : Value.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NAMES, e);
    }
    return Map.copyOf(out);
  }
}
