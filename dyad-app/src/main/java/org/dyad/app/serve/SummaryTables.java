package org.dyad.app.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.export.Exports;
import org.dyad.export.Table;
import org.dyad.export.TableFormat;
import org.dyad.store.DyadSummary;
import org.dyad.store.OverviewQuery;
import org.dyad.util.BadInputException;

/**
 * The overview endpoints' one answer: dyad summaries as JSON rows, or with {@code format=} as a file in a table
 * format of {@link Exports}; the JSON row and the file's row have the same columns.
 */
final class SummaryTables {
  /** The table's columns: the store's, then the actors' usual names. */
  static final List<String> COLUMNS = columns();

  private SummaryTables() {}

  private static List<String> columns() {
    List<String> c = new ArrayList<>(DyadSummary.COLUMNS);
    c.add("a_name");
    c.add("b_name");
    return List.copyOf(c);
  }

  /** The summaries as a table of {@link #COLUMNS}. */
  static Table table(List<DyadSummary> summaries) {
    List<List<Object>> rows = new ArrayList<>();
    for (DyadSummary d : summaries) {
      List<Object> row = new ArrayList<>(d.values());
      row.add(ActorNames.of(d.a()));
      row.add(ActorNames.of(d.b()));
      rows.add(row);
    }
    return new Table(COLUMNS, rows);
  }

  /** The format named by {@code format}, or null when the request asks for JSON; a bad name is a 400. */
  static TableFormat format(Params p) {
    String name = p.text("format");
    if (name == null) {
      return null;
    }
    try {
      return Exports.table(name);
    } catch (BadInputException e) {
      throw ApiError.badRequest("parameter 'format': " + e.getMessage());
    }
  }

  /** Answers the summaries of {@code q} as JSON under {@code listName}, or as a download named {@code file}. */
  static void answer(Context ctx, TableFormat f, OverviewQuery q, String listName, String file,
      List<DyadSummary> summaries) throws IOException {
    Table t = table(summaries);
    if (f != null) {
      ctx.contentType(f.contentType());
      ctx.header("Content-Disposition", "attachment; filename=\"" + file + "." + f.extension() + "\"");
      try (OutputStream out = ctx.outputStream()) {
        f.write(t, out);
      }
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("actor", q.actor());
    body.put("from", q.from() == null ? null : q.from().toString());
    body.put("to", q.to() == null ? null : q.to().toString());
    body.put(listName, rows(t));
    ctx.json(body);
  }

  private static List<Map<String, Object>> rows(Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        o.put(t.columns().get(i), v instanceof java.time.LocalDate ? v.toString() : v);
      }
      out.add(o);
    }
    return out;
  }

  /** The overview query of {@code actor}, {@code from} and {@code to}; bad values are 400s naming the parameter. */
  static OverviewQuery query(Params p, String actor, int limit) {
    try {
      return OverviewQuery.all().withActor(actor).withPeriod(p.day("from"), p.day("to")).top(limit);
    } catch (BadInputException e) {
      throw ApiError.badRequest("bad parameter: " + e.getMessage());
    }
  }

  /** Letters, digits and dashes only: "dyads-USA", "relations-RUS". */
  static String fileName(String base, OverviewQuery q) {
    String name = base + (q.actor() == null ? "" : "-" + q.actor());
    return name.replaceAll("[^A-Za-z0-9]+", "-");
  }
}
