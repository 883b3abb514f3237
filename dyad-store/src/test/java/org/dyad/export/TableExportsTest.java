package org.dyad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.util.BadInputException;
import org.dyad.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each table format written and read back: JSONL by Jackson, CSV and Parquet by DuckDB, with the column types. */
class TableExportsTest {
  private static final Table TABLE = new Table(List.of("dyad", "events", "balance", "turn_month"), List.of(
      Arrays.asList("RUS:USA", 7L, -0.2, LocalDate.parse("2013-06-01")),
      Arrays.asList("Outlet, \"Quoted\"\nline", 3L, null, null)));

  @TempDir Path dir;

  private static byte[] written(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exports.table(format).write(TABLE, out);
    return out.toByteArray();
  }

  @Test
  void jsonlHasOneObjectARowWithItsColumnsInOrder() throws Exception {
    String[] lines = new String(written("jsonl"), StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length);
    JsonNode first = Json.mapper().readTree(lines[0]);
    assertEquals(List.of("dyad", "events", "balance", "turn_month"), iterate(first.fieldNames()));
    assertEquals(7L, first.get("events").asLong());
    assertEquals(-0.2, first.get("balance").asDouble());
    assertEquals("2013-06-01", first.get("turn_month").asText());
    assertEquals(true, Json.mapper().readTree(lines[1]).get("balance").isNull());
  }

  @Test
  void csvReadsBackInDuckDbWithItsQuotedCells() throws Exception {
    Path file = dir.resolve("t.csv");
    Files.write(file, written(" CSV "));
    assertEquals(List.of(List.of("RUS:USA", "7", "-0.2", "2013-06-01"), Arrays.asList("Outlet, \"Quoted\"\nline", "3",
        null, null)), read("read_csv('" + file + "', header = true, all_varchar = true)"));
  }

  @Test
  void parquetReadsBackInDuckDbWithTypedColumns() throws Exception {
    Path file = dir.resolve("t.parquet");
    Files.write(file, written("parquet"));
    assertEquals(List.of(List.of("VARCHAR", "BIGINT", "DOUBLE", "DATE")),
        read("(SELECT typeof(dyad), typeof(events), typeof(balance), typeof(turn_month) FROM read_parquet('" + file
            + "') LIMIT 1)"));
    assertEquals(List.of(List.of("RUS:USA", "7", "-0.2", "2013-06-01")),
        read("(SELECT * FROM read_parquet('" + file + "') WHERE events = 7)"));
  }

  @Test
  void anEventOnlyFormatIsRefusedNamingTheTableFormats() {
    BadInputException e = assertThrows(BadInputException.class, () -> Exports.table("gdelt"));
    assertEquals("format 'gdelt' lays out events, not a table of figures; tables come as jsonl, csv, parquet",
        e.getMessage());
    assertEquals("unknown format 'xml'; tables come as jsonl, csv, parquet",
        assertThrows(BadInputException.class, () -> Exports.table("xml")).getMessage());
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Table(List.of("a", "b"), List.of(List.of("x"))));
  }

  private static List<List<String>> read(String from) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + from)) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static <T> List<T> iterate(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
