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
        // added after schema version 1: near-duplicate reprints point at the article they copy
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR",
        // added later: hard-wrapped input whose lines were joined, and the title as displayed
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS reflowed BOOLEAN DEFAULT false",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS title_display VARCHAR",
        EventTable.DDL,
        QuoteTable.DDL,
        """
        CREATE OR REPLACE VIEW stories AS
          SELECT story_id, count(*) AS mentions, count(DISTINCT article_id) AS articles,
            count(DISTINCT outlet) AS outlets, min(date_start) AS first_day, max(date_end) AS last_day,
            mode(plover) AS plover, avg(intensity) AS intensity
          FROM events WHERE story_id IS NOT NULL GROUP BY story_id""",
        // what an ingest looks up per batch instead of holding the store in memory (LinkKeys); seq keeps the
        // order things were linked in, so a later batch gets the answers of one pass over everything
        "CREATE TABLE IF NOT EXISTS story_keys (seq BIGINT NOT NULL, story_key VARCHAR NOT NULL, event_id VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS reprint_signatures (seq BIGINT NOT NULL, article_id VARCHAR NOT NULL, signature VARCHAR)",
        "CREATE TABLE IF NOT EXISTS reprint_bands (band VARCHAR NOT NULL, article_id VARCHAR NOT NULL)",
        // the series' copy of the events it counts, clustered by dyad (SeriesEvents)
        SeriesEvents.ddl(SeriesEvents.TABLE),
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "INSERT OR IGNORE INTO meta VALUES ('schema_version', '1')");
  }
}
