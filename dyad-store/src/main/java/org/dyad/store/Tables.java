package org.dyad.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.model.Article;

/** The DuckDB side of the store: articles, the input documents they came from, their events and quotes. */
final class Tables implements AutoCloseable {
  private static final String ARTICLE_COLUMNS = "id, source_path, url, title, published, published_from, outlet, "
      + "authors, dateline, language, text, page_type, confidence, reflowed, title_display";
  private final Path file;
  private final Connection db;
  // the ids and hashes stored so far, kept in memory so the ingest checks them without a query per file;
  // concurrent sets, so the ingest's reader checks them while the writer holds the lock for a batch
  private final Set<String> articleIds = ConcurrentHashMap.newKeySet();
  private final Set<String> sourceHashes = ConcurrentHashMap.newKeySet();

  private Tables(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  static Tables open(Path file) {
    try {
      Connection db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      Tables t = new Tables(file, db);
      t.createSchema();
      t.loadKeys();
      return t;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + " (is another dyad process using this store?)", e);
    }
  }

  /** Read-only tables over a connection that already has {@code articles}, {@code sources}, {@code events} and {@code quotes}. */
  static Tables attach(Connection db, Path label) {
    try {
      Tables t = new Tables(label, db);
      t.loadKeys();
      return t;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + label, e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String ddl : Schema.statements()) {
        s.execute(ddl);
      }
    }
  }

  private void loadKeys() throws SQLException {
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
    return sourceHashes.contains(hash);
  }

  boolean hasArticle(String id) {
    return articleIds.contains(id);
  }

  synchronized void add(List<Ingested> batch) {
    try {
      db.setAutoCommit(false);
      Set<String> newIds = insertArticles(batch);
      Set<String> newHashes = insertSources(batch);
      EventTable.insert(db, batch.stream().filter(in -> newIds.contains(in.article().id()))
          .flatMap(in -> in.events().stream()).toList());
      // in the same transaction as the events: a crash keeps both or neither, and a rerun adds both again
      QuoteTable.insert(db, batch.stream().filter(in -> newIds.contains(in.article().id()))
          .flatMap(in -> in.quotes().stream()).toList());
      db.commit();
      articleIds.addAll(newIds);
      sourceHashes.addAll(newHashes);
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot write to " + file, e);
    } finally {
      autoCommit();
    }
  }

  private Set<String> insertArticles(List<Ingested> batch) throws SQLException {
    Set<String> added = new HashSet<>();
    String sql = "INSERT INTO articles (" + ARTICLE_COLUMNS + ", published_date, ingested_at, duplicate_of) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, list_filter(string_split(?, chr(31)), x -> x <> ''), ?, ?, ?, ?, ?, ?, ?, "
        + "TRY_CAST(LEFT(?, 10) AS DATE), ?, ?)";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (Ingested in : batch) {
        Article a = in.article();
        if (!articleIds.contains(a.id()) && added.add(a.id())) {
          bindArticle(ps, a);
          ps.setString(18, in.duplicateOf());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    return added;
  }

  private void bindArticle(PreparedStatement ps, Article a) throws SQLException {
    Object[] values = {a.id(), a.sourcePath(), a.url(), a.title(), a.published(), a.publishedFrom(), a.outlet(),
        String.join("\u001f", a.authors()), a.dateline(), a.language(), a.text(), a.pageType(), a.confidence(), a.reflowed(), a.titleDisplay(), a.published()};
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
    ps.setTimestamp(17, Timestamp.from(Instant.now()));
  }

  private Set<String> insertSources(List<Ingested> batch) throws SQLException {
    Set<String> added = new HashSet<>();
    String sql = "INSERT INTO sources (source_hash, source_path, article_id, ingested_at) VALUES (?, ?, ?, ?)";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (Ingested in : batch) {
        if (!sourceHashes.contains(in.sourceHash()) && added.add(in.sourceHash())) {
          ps.setString(1, in.sourceHash());
          ps.setString(2, in.article().sourcePath());
          ps.setString(3, in.article().id());
          ps.setTimestamp(4, Timestamp.from(Instant.now()));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    return added;
  }

  synchronized Optional<Article> article(String id) {
    List<Article> found = query("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?", id);
    return found.stream().findFirst();
  }

  synchronized List<Article> articles(int offset, int limit) {
    return query("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY published_date NULLS LAST, id "
        + "LIMIT ? OFFSET ?", limit, offset);
  }

  synchronized List<org.dyad.model.Event> events(EventQuery q) {
    try {
      return EventTable.select(db, q);
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + file, e);
    }
  }

  synchronized List<org.dyad.model.Event> eventsOfArticle(String articleId) {
    try {
      return EventTable.ofArticle(db, articleId);
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + file, e);
    }
  }

  synchronized List<org.dyad.model.Quote> quotesOfArticle(String articleId) {
    try {
      return QuoteTable.ofArticle(db, articleId);
    } catch (SQLException e) {
      throw new StoreException("cannot read quotes from " + file, e);
    }
  }

  synchronized List<org.dyad.series.StoryRow> stories(EventQuery q, List<String> precisions) {
    try {
      return EventTable.stories(db, q, precisions);
    } catch (SQLException e) {
      throw new StoreException("cannot read stories from " + file, e);
    }
  }

  synchronized ActorCounts actorCounts() {
    try {
      return EventTable.actorCounts(db);
    } catch (SQLException e) {
      throw new StoreException("cannot count actors in " + file, e);
    }
  }

  long articleCount() {
    return articleIds.size();
  }

  long sourceCount() {
    return sourceHashes.size();
  }

  private List<Article> query(String sql, Object... params) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<Article> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(article(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file, e);
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

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is unusable anyway; the next call reports it
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file, e);
    }
  }
}
