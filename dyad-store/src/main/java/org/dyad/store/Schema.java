package org.dyad.store;

import java.util.List;

/** The DuckDB schema; columns follow the contract's Article JSON, plus what the store needs to run. */
final class Schema {
  private Schema() {}

  static List<String> statements() {
    return List.of(
        """
        CREATE TABLE IF NOT EXISTS articles (
          id VARCHAR PRIMARY KEY, source_path VARCHAR NOT NULL, url VARCHAR, title VARCHAR,
          published VARCHAR, published_date DATE, published_from VARCHAR, outlet VARCHAR, authors VARCHAR[],
          dateline VARCHAR, language VARCHAR, text VARCHAR NOT NULL, page_type VARCHAR, confidence DOUBLE,
          ingested_at TIMESTAMP)""",
        // one row per input document: a reprint in a second file points at the article already stored
        """
        CREATE TABLE IF NOT EXISTS sources (
          source_hash VARCHAR PRIMARY KEY, source_path VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
          ingested_at TIMESTAMP)""",
        EventTable.DDL,
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "INSERT OR IGNORE INTO meta VALUES ('schema_version', '1')");
  }
}
