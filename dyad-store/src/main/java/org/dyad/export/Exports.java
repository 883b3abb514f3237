package org.dyad.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.util.BadInputException;

/**
 * The event formats by name, in one place: the CLI ({@code --format}), the REST API ({@code ?format=}) and the
 * Spark job ({@code --format}) all look them up here; so do the tables of figures (the corpus overview), which
 * come in the layouts of three of them ({@link #table}).
 */
public final class Exports {
  /** Events read from a store at a time while exporting. */
  public static final int PAGE = 5_000;
  private static final Map<String, EventFormat> FORMATS = new LinkedHashMap<>();
  // the event formats whose layout also holds a table of figures (overviews), under the same names
  private static final Map<String, TableFormat> TABLES = new LinkedHashMap<>();

  static {
    register(new JsonlFormat());
    register(new PloverFormat());
    register(new CameoFormat());
    register(new GdeltFormat());
    register(new CsvFormat());
    register(new ParquetFormat());
    for (TableFormat t : List.of(TextTables.jsonl(), TextTables.csv(), new ParquetTable())) {
      TABLES.put(t.name(), t);
    }
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

  /**
   * Streams the events of {@code query} from {@code store} into {@code out} in format {@code f}, a page of
   * {@link #PAGE} events at a time, in the store's order; returns how many were written.
   */
  public static long write(Store store, EventQuery query, EventFormat f, OutputStream out) {
    long n = 0;
    try (EventSink sink = f.open(out)) {
      for (long offset = query.offset(); n < query.limit(); offset += PAGE) {
        int want = (int) Math.min(PAGE, query.limit() - n);
        List<Event> page = store.events(query.page((int) Math.min(offset, Integer.MAX_VALUE), want));
        page.forEach(sink::write);
        n += page.size();
        if (page.size() < want) {
          break;
        }
      }
    }
    return n;
  }

  /**
   * The table format called {@code name}: jsonl, csv or parquet, the event formats that also lay out a table of
   * figures; an event-only format (plover, cameo, gdelt) or an unknown name is bad input naming the table formats.
   */
  public static TableFormat table(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    TableFormat t = TABLES.get(key);
    if (t != null) {
      return t;
    }
    String known = "; tables come as " + String.join(", ", tableNames());
    if (FORMATS.containsKey(key)) {
      throw new BadInputException("format '" + name + "' lays out events, not a table of figures" + known);
    }
    throw new BadInputException("unknown format '" + name + "'" + known);
  }

  /** The names of the table formats, in the order the help lists them. */
  public static List<String> tableNames() {
    return List.copyOf(TABLES.keySet());
  }

  /** Every format, in the order of {@link #names()}. */
  public static List<EventFormat> all() {
    return List.copyOf(FORMATS.values());
  }
}
