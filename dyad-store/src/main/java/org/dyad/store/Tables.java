package org.dyad.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.model.Article;

/**
 * The DuckDB side of the store: articles, the input documents they came from, their events and quotes.
 *
 * <p>Tables for writing belong to the store's one writer (the ingest holds the store's writer lock): they keep
 * the stored ids and hashes in memory and hold the database file only while a batch is written, so readers in
 * other processes get in between batches. Tables for reading hold the file only during a query and ask the
 * database for ids and counts, so they see what the writer committed since.
 */
final class Tables implements AutoCloseable {
  private static final String ARTICLE_COLUMNS = "id, source_path, url, title, published, published_from, outlet, "
      + "authors, dateline, language, text, page_type, confidence, reflowed, title_display";
  private final Path file;
  private final DuckFile db;
  private final boolean keysInMemory;
  // the writer's ids and hashes stored so far, so the ingest checks them without a query per file;
  // concurrent sets, so the ingest's reader checks them while the writer holds the lock for a batch
  private final Set<String> articleIds = ConcurrentHashMap.newKeySet();
  private final Set<String> sourceHashes = ConcurrentHashMap.newKeySet();
  private final LinkTables links = new LinkTables();

  private Tables(Path file, DuckFile db, boolean keysInMemory) {
    this.file = file;
    this.db = db;
    this.keysInMemory = keysInMemory;
  }

  /**
   * Tables for the store's one writer, created when absent; readers' queries are waited for up to {@code atOpen}
   * at first and up to {@code perBatch} for each batch.
   */
  static Tables open(Path file, Duration atOpen, Duration perBatch) {
    Tables t = new Tables(file, DuckFile.writing(file, atOpen), true);
    try {
      t.db.use(c -> {
        createSchema(c);
        t.loadKeys(c);
        t.links.loadCounters(c);
        SeriesEvents.ensure(c, file);
        SeriesPeriods.ensure(c, file);
        return null;
      });
      t.db.patience(perBatch);
      return t;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file, e);
    }
  }

  /** Tables for reading a store that exists; a writer's batch in progress is waited for up to {@code patience}. */
  static Tables openReading(Path file, Duration patience) {
    Tables t = new Tables(file, DuckFile.reading(file, patience), false);
    try {
      if (!t.db.use(c -> hasCurrentSchema(c) && SeriesEvents.current(c) && SeriesPeriods.current(c))) {
        // written by an older dyad: bring the schema up to date once, as the writer would
        try (DuckFile writing = DuckFile.writing(file, patience)) {
          writing.use(c -> {
            createSchema(c);
            SeriesEvents.ensure(c, file);
            SeriesPeriods.ensure(c, file);
            return null;
          });
        }
      }
      return t;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file, e);
    }
  }

  /** Read-only tables over a connection that already has {@code articles}, {@code sources}, {@code events} and {@code quotes}. */
  static Tables attach(Connection db, Path label) {
    try {
      Tables t = new Tables(label, DuckFile.fixed(db, label), true);
      t.db.use(c -> {
        t.loadKeys(c);
        return null;
      });
      return t;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + label, e);
    }
  }

  private static void createSchema(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String ddl : Schema.statements()) {
        s.execute(ddl);
      }
    }
  }

  private static boolean hasCurrentSchema(Connection db) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'title_display'")) {
      return r.next() && r.getLong(1) > 0;
    }
  }

  /** Runs {@code body} with the database file open throughout, so its queries open it once and see one snapshot. */
  <T> T holding(java.util.function.Supplier<T> body) {
    return db.holding(body);
  }

  private void loadKeys(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT id FROM articles")) {
        while (r.next()) {
          articleIds.add(r.getString(1));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT source_hash FROM sources")) {
        while (r.next()) {
          sourceHashes.add(r.getString(1));
        }
      }
    }
  }

  boolean hasSource(String hash) {
    return keysInMemory ? sourceHashes.contains(hash) : exists("SELECT 1 FROM sources WHERE source_hash = ?", hash);
  }

  boolean hasArticle(String id) {
    return keysInMemory ? articleIds.contains(id) : exists("SELECT 1 FROM articles WHERE id = ?", id);
  }

  private boolean exists(String sql, String key) {
    try {
      return db.use(c -> {
        try (PreparedStatement ps = Sql.prepare(c, sql, List.of(key))) {
          try (ResultSet r = ps.executeQuery()) {
            return r.next();
          }
        }
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file, e);
    }
  }

  synchronized void add(List<Ingested> batch) {
    if (!keysInMemory) {
      throw new IllegalStateException(file + " is open for reading only");
    }
    try {
      db.use(c -> {
        add(c, batch);
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("cannot write to " + file, e);
    }
  }

  private void add(Connection db, List<Ingested> batch) throws SQLException {
    try {
      db.setAutoCommit(false);
      Appends.begin(db); // before the first appender: its rows go into this transaction, not one of their own
      Set<String> newIds = insertArticles(db, batch);
      Set<String> newHashes = insertSources(db, batch);
      EventTable.insert(db, batch.stream().filter(in -> newIds.contains(in.article().id()))
          .flatMap(in -> in.events().stream()).toList());
      // in the same transaction as the events: a crash keeps both or neither, and a rerun adds both again
      QuoteTable.insert(db, batch.stream().filter(in -> newIds.contains(in.article().id()))
          .flatMap(in -> in.quotes().stream()).toList());
      links.insert(db, batch.stream().filter(in -> newIds.contains(in.article().id())).toList());
      long stored = SeriesEvents.lastSeq(db);
      SeriesEvents.insert(db, newIds);
      SeriesPeriods.update(db, stored);
      db.commit();
      articleIds.addAll(newIds);
      sourceHashes.addAll(newHashes);
    } catch (SQLException e) {
      rollback(db);
      throw e;
    }
  }

  // the articles' columns as the stage holds them: the authors joined by U+001F, made a list in SQL
  private static final String ARTICLE_STAGE = "id VARCHAR, source_path VARCHAR, url VARCHAR, title VARCHAR, "
      + "published VARCHAR, published_from VARCHAR, outlet VARCHAR, authors VARCHAR, dateline VARCHAR, "
      + "language VARCHAR, text VARCHAR, page_type VARCHAR, confidence DOUBLE, reflowed BOOLEAN, "
      + "title_display VARCHAR, ingested_at TIMESTAMP, duplicate_of VARCHAR";

  // appended to a stage and moved over in one statement, with the conversions the row-by-row INSERT had
  private Set<String> insertArticles(Connection db, List<Ingested> batch) throws SQLException {
    Set<String> added = new HashSet<>();
    try (Appends.Stage stage = new Appends.Stage(db, "dyad_stage_articles", ARTICLE_STAGE)) {
      for (Ingested in : batch) {
        Article a = in.article();
        if (!articleIds.contains(a.id()) && added.add(a.id())) {
          stage.row(a.id(), a.sourcePath(), a.url(), a.title(), a.published(), a.publishedFrom(), a.outlet(),
              String.join("\u001f", a.authors()), a.dateline(), a.language(), a.text(), a.pageType(),
              a.confidence(), a.reflowed(), a.titleDisplay(), now(), in.duplicateOf());
        }
      }
      stage.moveInto("INSERT INTO articles (" + ARTICLE_COLUMNS + ", published_date, ingested_at, duplicate_of)",
          "id, source_path, url, title, published, published_from, outlet, "
              + "list_filter(string_split(authors, chr(31)), x -> x <> ''), dateline, language, text, page_type, "
              + "confidence, reflowed, title_display, TRY_CAST(LEFT(published, 10) AS DATE), ingested_at, "
              + "duplicate_of");
    }
    return added;
  }

  // the time a row is stored, as the driver stores a bound Timestamp.from(Instant.now()): its local date and time
  private static java.time.LocalDateTime now() {
    return Timestamp.from(Instant.now()).toLocalDateTime();
  }

  private Set<String> insertSources(Connection db, List<Ingested> batch) throws SQLException {
    Set<String> added = new HashSet<>();
    String columns = "source_hash, source_path, article_id, ingested_at";
    try (Appends.Stage stage = new Appends.Stage(db, "dyad_stage_sources",
        "source_hash VARCHAR, source_path VARCHAR, article_id VARCHAR, ingested_at TIMESTAMP")) {
      for (Ingested in : batch) {
        if (!sourceHashes.contains(in.sourceHash()) && added.add(in.sourceHash())) {
          stage.row(in.sourceHash(), in.article().sourcePath(), in.article().id(), now());
        }
      }
      stage.moveInto("INSERT INTO sources (" + columns + ")", columns);
    }
    return added;
  }

  Optional<Article> article(String id) {
    List<Article> found = query("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?", id);
    return found.stream().findFirst();
  }

  List<Article> articles(int offset, int limit) {
    return query("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY published_date NULLS LAST, id "
        + "LIMIT ? OFFSET ?", limit, offset);
  }

  List<org.dyad.model.Event> events(EventQuery q) {
    try {
      return db.use(c -> EventTable.select(c, q));
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + file, e);
    }
  }

  /** Stored events of these story keys that could share a story with the given articles or dates, in linking order. */
  List<LinkKeys.Member> storyMembers(java.util.Collection<String> keys, java.util.Collection<String> articleIds,
      java.time.LocalDate from, java.time.LocalDate to) {
    try {
      return db.use(c -> LinkTables.members(c, keys, articleIds, from, to));
    } catch (SQLException e) {
      throw new StoreException("cannot read story keys from " + file, e);
    }
  }

  /** Stored signatures sharing at least one of these band keys, in the order their articles were stored. */
  List<LinkKeys.Signature> signatures(java.util.Collection<String> bands) {
    try {
      return db.use(c -> LinkTables.signatures(c, bands));
    } catch (SQLException e) {
      throw new StoreException("cannot read reprint signatures from " + file, e);
    }
  }

  List<org.dyad.model.Event> eventsOfArticle(String articleId) {
    try {
      return db.use(c -> EventTable.ofArticle(c, articleId));
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + file, e);
    }
  }

  List<org.dyad.model.Quote> quotesOfArticle(String articleId) {
    try {
      return db.use(c -> QuoteTable.ofArticle(c, articleId));
    } catch (SQLException e) {
      throw new StoreException("cannot read quotes from " + file, e);
    }
  }

  org.dyad.series.DyadSeries series(EventQuery q, org.dyad.series.Period by, List<String> precisions) {
    try {
      return db.use(c -> SeriesQuery.series(c, q, by, precisions));
    } catch (SQLException e) {
      throw new StoreException("cannot read the series from " + file, e);
    }
  }

  ActorCounts actorCounts() {
    try {
      return db.use(EventTable::actorCounts);
    } catch (SQLException e) {
      throw new StoreException("cannot count actors in " + file, e);
    }
  }

  List<DyadSummary> overview(OverviewQuery q) {
    try {
      return db.use(c -> OverviewTable.select(c, q));
    } catch (SQLException e) {
      throw new StoreException("cannot sum up the dyads of " + file, e);
    }
  }

  /** The ids of the stored articles (tables for writing only). */
  Set<String> articleIds() {
    if (!keysInMemory) {
      throw new IllegalStateException(file + " is open for reading only");
    }
    return java.util.Collections.unmodifiableSet(articleIds);
  }

  long articleCount() {
    return keysInMemory ? articleIds.size() : count("SELECT count(*) FROM articles");
  }

  long eventCount() {
    return count("SELECT count(*) FROM events");
  }

  long sourceCount() {
    return keysInMemory ? sourceHashes.size() : count("SELECT count(*) FROM sources");
  }

  private long count(String sql) {
    try {
      return db.use(c -> Sql.number(c, sql));
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file, e);
    }
  }

  private List<Article> query(String sql, Object... params) {
    try {
      return db.use(c -> query(c, sql, params));
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file, e);
    }
  }

  private static List<Article> query(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(db, sql, Arrays.asList(params))) {
      List<Article> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(article(r));
        }
      }
      return out;
    }
  }

  private static Article article(ResultSet r) throws SQLException {
    Array authors = r.getArray("authors");
    List<String> names = authors == null ? List.of()
        : Arrays.stream((Object[]) authors.getArray()).map(String::valueOf).toList();
    return new Article(r.getString("id"), r.getString("source_path"), r.getString("url"), r.getString("title"),
        r.getString("published"), r.getString("published_from"), r.getString("outlet"), names,
        r.getString("dateline"), r.getString("language"), r.getString("text"), r.getString("page_type"),
        r.getDouble("confidence"), r.getBoolean("reflowed"), r.getString("title_display"));
  }

  private static void rollback(Connection db) {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
