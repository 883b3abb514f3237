package org.dyad.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.util.BadInputException;

/**
 * The event formats by name, in one place: the CLI ({@code --format}), the REST API ({@code ?format=}) and the
 * Spark job ({@code --format}) all look them up here.
 */
public final class Exports {
  private static final Map<String, EventFormat> FORMATS = new LinkedHashMap<>();

  static {
    register(new JsonlFormat());
    register(new PloverFormat());
    register(new CameoFormat());
    register(new GdeltFormat());
    register(new CsvFormat());
    register(new ParquetFormat());
  }

  private Exports() {}

  private static void register(EventFormat f) {
    FORMATS.put(f.name(), f);
  }

  /** The format called {@code name} (case and surrounding blanks ignored); an unknown name is bad input. */
  public static EventFormat named(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    EventFormat f = FORMATS.get(key);
    if (f == null) {
      throw new BadInputException("unknown format '" + name + "'; known formats: " + String.join(", ", names()));
    }
    return f;
  }

  /** The names of every format, in the order the help lists them. */
  public static List<String> names() {
    return List.copyOf(FORMATS.keySet());
  }

  /** Every format, in the order of {@link #names()}. */
  public static List<EventFormat> all() {
    return List.copyOf(FORMATS.values());
  }
}
