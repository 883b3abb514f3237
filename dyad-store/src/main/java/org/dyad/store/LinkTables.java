package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Event;

/**
 * The tables of {@link LinkKeys}: story keys of stored events and reprint signatures with their band keys, each
 * with the sequence number of its insertion, so lookups return rows in the order an ingest linked them.
 */
final class LinkTables {
  // DuckDB takes long IN lists, but a statement per few thousand keys keeps each plan small
  private static final int CHUNK = 2000;
  private long nextStorySeq;
  private long nextSignatureSeq;

  /**
   * Continues the sequence numbers of what is stored (the writer's tables only); a store written before the link
   * tables existed gets them filled once from its articles and events first.
   */
  void loadCounters(Connection db) throws SQLException {
    if (Sql.number(db, "SELECT count(*) FROM meta WHERE key = 'link_keys'") == 0) {
      backfill(db);
    }
    nextStorySeq = Sql.number(db, "SELECT coalesce(max(seq) + 1, 0) FROM story_keys");
    nextSignatureSeq = Sql.number(db, "SELECT coalesce(max(seq) + 1, 0) FROM reprint_signatures");
  }

  /**
   * The link keys of a store that an older dyad wrote without them: every stored text's signature and bands in the
   * order the articles were ingested, and the story key of every event in a story, in date order (the order the old
   * in-memory linker replayed them in). A new store has nothing to fill; either way the store is marked as keyed.
   */
  private static void backfill(Connection db) throws SQLException {
    long seq = 0;
    try (Statement st = db.createStatement();
        ResultSet r = st.executeQuery("SELECT id, text FROM articles ORDER BY ingested_at, id");
        PreparedStatement sigs = db.prepareStatement("INSERT INTO reprint_signatures VALUES (?, ?, ?)");
        PreparedStatement bands = db.prepareStatement("INSERT INTO reprint_bands VALUES (?, ?)")) {
      while (r.next()) {
        int[] sig = org.dyad.stories.Reprints.signature(r.getString(2));
        if (sig == null) {
          continue;
        }
        sigs.setLong(1, seq++);
        sigs.setString(2, r.getString(1));
        sigs.setString(3, Arrays.stream(sig).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        sigs.addBatch();
        for (String band : org.dyad.stories.Reprints.bands(sig)) {
          bands.setString(1, band);
          bands.setString(2, r.getString(1));
          bands.addBatch();
        }
      }
      sigs.executeBatch();
      bands.executeBatch();
    }
    seq = 0;
    try (Statement st = db.createStatement();
        ResultSet r = st.executeQuery("SELECT id, source_code, target_code, plover FROM events "
            + "WHERE story_id IS NOT NULL ORDER BY date_start NULLS LAST, id");
        PreparedStatement keys = db.prepareStatement("INSERT INTO story_keys VALUES (?, ?, ?)")) {
      while (r.next()) {
        keys.setLong(1, seq++);
        keys.setString(2, org.dyad.stories.StoryLinker.key(r.getString(2), r.getString(3), r.getString(4),
            r.getString(1)));
        keys.setString(3, r.getString(1));
        keys.addBatch();
      }
      keys.executeBatch();
    }
    try (Statement st = db.createStatement()) {
      st.execute("INSERT OR IGNORE INTO meta VALUES ('link_keys', '1')");
    }
  }

  /**
   * Inserts the link keys of newly stored articles, inside the batch's transaction (opened by {@link Appends#begin}):
   * appended to a stage a table, then moved over in the order appended, every column in table order as the
   * positional INSERTs had them.
   */
  void insert(Connection db, List<Ingested> fresh) throws SQLException {
    try (Appends.Stage keys = new Appends.Stage(db, "dyad_stage_story_keys",
            "seq BIGINT, story_key VARCHAR, event_id VARCHAR");
        Appends.Stage sigs = new Appends.Stage(db, "dyad_stage_signatures",
            "seq BIGINT, article_id VARCHAR, signature VARCHAR");
        Appends.Stage bands = new Appends.Stage(db, "dyad_stage_bands", "band VARCHAR, article_id VARCHAR")) {
      for (Ingested in : fresh) {
        if (in.links() != null) {
          addKeys(keys, in);
          addSignature(sigs, bands, in);
        }
      }
      keys.moveInto("INSERT INTO story_keys", "seq, story_key, event_id");
      sigs.moveInto("INSERT INTO reprint_signatures", "seq, article_id, signature");
      bands.moveInto("INSERT INTO reprint_bands", "band, article_id");
    }
  }

  private void addKeys(Appends.Stage keys, Ingested in) throws SQLException {
    List<String> storyKeys = in.links().storyKeys();
    for (int i = 0; i < storyKeys.size(); i++) {
      Event e = in.events().get(i);
      if (e.storyId() != null) {
        keys.row(nextStorySeq++, storyKeys.get(i), e.id());
      }
    }
  }

  private void addSignature(Appends.Stage sigs, Appends.Stage bands, Ingested in) throws SQLException {
    int[] sig = in.links().signature();
    if (sig == null) {
      return;
    }
    sigs.row(nextSignatureSeq++, in.article().id(),
        Arrays.stream(sig).mapToObj(Integer::toString).collect(Collectors.joining(",")));
    for (String band : in.links().bands()) {
      bands.row(band, in.article().id());
    }
  }

  /**
   * Stored events of {@code keys} that could agree with an event of the batch: dated ones overlapping
   * {@code from}..{@code to}, and any of the batch's own articles; in linking order.
   */
  static List<LinkKeys.Member> members(Connection db, Collection<String> keys, Collection<String> articleIds,
      LocalDate from, LocalDate to) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (List<String> chunk : chunks(keys)) {
      String sql = "SELECT k.seq, k.story_key, e.story_id, e.article_id, e.date, e.date_precision "
          + "FROM story_keys k JOIN events e ON e.id = k.event_id WHERE k.story_key IN (" + marks(chunk.size())
          + ") AND (e.article_id IN (" + marks(Math.max(1, articleIds.size())) + ")"
          + (from == null ? "" : " OR (e.date_start <= ? AND e.date_end >= ?)") + ")";
      List<Object> params = new ArrayList<>(chunk);
      params.addAll(articleIds.isEmpty() ? List.of("") : articleIds);
      if (from != null) {
        params.add(to);
        params.add(from);
      }
      try (PreparedStatement ps = Sql.prepare(db, sql, params)) {
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            rows.add(new Object[] {r.getLong(1), new LinkKeys.Member(r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6))});
          }
        }
      }
    }
    rows.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
    return rows.stream().map(r -> (LinkKeys.Member) r[1]).toList();
  }

  /** Stored signatures sharing a band with {@code bands}, in the order their articles were stored. */
  static List<LinkKeys.Signature> signatures(Connection db, Collection<String> bands) throws SQLException {
    java.util.TreeMap<Long, LinkKeys.Signature> bySeq = new java.util.TreeMap<>();
    for (List<String> chunk : chunks(bands)) {
      String sql = "SELECT s.seq, s.article_id, s.signature FROM reprint_signatures s WHERE s.article_id IN "
          + "(SELECT article_id FROM reprint_bands WHERE band IN (" + marks(chunk.size()) + "))";
      try (PreparedStatement ps = Sql.prepare(db, sql, chunk)) {
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            int[] sig = Arrays.stream(r.getString(3).split(",")).mapToInt(Integer::parseInt).toArray();
            bySeq.put(r.getLong(1), new LinkKeys.Signature(r.getString(2), sig));
          }
        }
      }
    }
    return List.copyOf(bySeq.values());
  }

  private static List<List<String>> chunks(Collection<String> all) {
    List<String> list = List.copyOf(new java.util.LinkedHashSet<>(all));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += CHUNK) {
      out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
    }
    return out;
  }

  private static String marks(int n) {
    return "?" + ", ?".repeat(n - 1);
  }
}
