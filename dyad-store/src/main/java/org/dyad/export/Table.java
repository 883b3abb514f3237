package org.dyad.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of figures rather than events (a corpus overview, an actor's relations), for the table formats of
 * {@link Exports}: named columns and rows of values, each a String, a whole number, a decimal, a date or null.
 *
 * @param columns the column names, in order
 * @param rows the rows, each with one value per column
 */
public record Table(List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size()
            + " columns " + columns);
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }
}
