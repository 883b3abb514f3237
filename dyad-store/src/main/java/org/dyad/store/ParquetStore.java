package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * A read-only store over the Spark job's output: Parquet files under {@code articles/}, {@code events/} and
 * optionally {@code quotes/},
 * queried in place by an in-memory DuckDB through views with the embedded store's table names, so every query
 * of the embedded store runs unchanged. No full-text index: search finds nothing.
 */
final class ParquetStore implements TableStore {
  private final Path dir;
  private final Tables tables;

  private ParquetStore(Path dir, Tables tables) {
    this.dir = dir;
    this.tables = tables;
  }

  static boolean holdsParquet(Path dir) {
    return hasParquet(dir.resolve("articles")) && hasParquet(dir.resolve("events"));
  }

  private static boolean hasParquet(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  static ParquetStore open(Path dir) {
    if (!holdsParquet(dir)) {
      throw new IllegalArgumentException("no Parquet articles/ and events/ in " + dir);
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:duckdb:");
      createViews(db, dir);
      return new ParquetStore(dir, Tables.attach(db, dir));
    } catch (SQLException e) {
      throw new StoreException("cannot read the Parquet files in " + dir, e);
    }
  }

  private static void createViews(Connection db, Path dir) throws SQLException {
    String articles = glob(dir.resolve("articles"));
    String events = glob(dir.resolve("events"));
    try (Statement s = db.createStatement()) {
      // the job writes the contract's columns and the reprints it found (older output: none); what only the
      // embedded store records is filled in as unknown
      String reprints = hasColumn(s, articles, "duplicate_of") ? "" : ", NULL::VARCHAR AS duplicate_of";
      s.execute("CREATE VIEW articles AS SELECT *, NULL::TIMESTAMP AS ingested_at" + reprints
          + " FROM read_parquet(" + articles + ")");
      s.execute("CREATE VIEW sources AS SELECT NULL::VARCHAR AS source_hash WHERE FALSE");
      s.execute("CREATE VIEW events AS SELECT * FROM read_parquet(" + events + ")");
      s.execute(SeriesEvents.view());
      // no series periods are counted ahead here (SeriesPeriods): an empty meta table says so
      s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
      // older job output has no quotes/: an empty table with the embedded store's columns answers "none"
      s.execute(hasParquet(dir.resolve("quotes"))
          ? "CREATE VIEW quotes AS SELECT * FROM read_parquet(" + glob(dir.resolve("quotes")) + ")"
          : QuoteTable.DDL);
    }
  }

  private static boolean hasColumn(Statement s, String parquet, String column) throws SQLException {
    try (java.sql.ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet("
        + parquet + ")) WHERE column_name = '" + column + "'")) {
      return r.next();
    }
  }

  private static String glob(Path folder) {
    return "'" + folder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''") + "'";
  }

  @Override
  public Tables tables() {
    return tables;
  }

  @Override
  public boolean hasSource(String sourceHash) {
    return false;
  }

  @Override
  public void add(List<Ingested> batch) {
    throw new UnsupportedOperationException("the Parquet store " + dir + " is read-only; write it with the Spark job");
  }

  @Override
  public long sourceCount() {
    return 0;
  }

  @Override
  public SearchPage search(String query, int offset, int limit) {
    return new SearchPage(query, 0, List.of());
  }

  @Override
  public void close() {
    tables.close(); // closes the in-memory DuckDB too
  }

  @Override
  public String toString() {
    return "Parquet store " + dir;
  }
}
