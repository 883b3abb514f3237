package org.dyad.export;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.store.EventColumns;

/** One row per event with a header; actor and location fields flattened into columns; RFC 4180 quoting. */
final class CsvFormat extends LineFormat {
  // the store's event columns in reading order: who and when first, the sentence last (it is the longest)
  private static final List<EventColumns.Column> COLUMNS = EventColumns.named(List.of("id", "article_id", "outlet",
      "published", "date", "date_precision", "date_text", "source_code", "source_sector", "source_name",
      "source_text", "target_code", "target_sector", "target_name", "target_text", "plover", "mode", "cameo",
      "intensity", "status", "location_name", "location_code", "confidence", "story_id", "sentence_index",
      "sentence"));

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String description() {
    return "comma-separated, one event a row, a header line, actors and location in columns";
  }

  @Override
  public String contentType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  String header(List<String> extraColumns) {
    List<String> h = new ArrayList<>(COLUMNS.stream().map(EventColumns.Column::name).toList());
    extraColumns.forEach(c -> h.add(cell(c)));
    return String.join(",", h);
  }

  @Override
  String line(Event e, List<String> extraColumns, List<String> extras) {
    List<Object> v = new ArrayList<>();
    COLUMNS.forEach(c -> v.add(c.value().apply(e)));
    v.addAll(extras);
    return String.join(",", v.stream().map(CsvFormat::cell).toList());
  }

  static String cell(Object o) {
    if (o == null) {
      return "";
    }
    String s = String.valueOf(o);
    return s.matches("(?s).*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
