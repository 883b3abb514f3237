package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dyad.model.EventActor;
import org.dyad.model.Quote;

/** The quotes table: one row per quote, the speaker flattened into columns as the event actors are. */
final class QuoteTable {
  // created if missing, so a store written before the quotes stage opens and gains the table
  static final String DDL = """
      CREATE TABLE IF NOT EXISTS quotes (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        span_start INTEGER, span_end INTEGER, sentence_index INTEGER,
        speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, speaker_sector VARCHAR,
        verb VARCHAR, speaker_start INTEGER, speaker_end INTEGER)""";
  static final String COLUMNS = "id, article_id, text, kind, span_start, span_end, sentence_index, speaker_text, "
      + "speaker_name, speaker_code, speaker_sector, verb, speaker_start, speaker_end";

  private QuoteTable() {}

  private static final String STAGE = "id VARCHAR, article_id VARCHAR, text VARCHAR, kind VARCHAR, "
      + "span_start INTEGER, span_end INTEGER, sentence_index INTEGER, speaker_text VARCHAR, speaker_name VARCHAR, "
      + "speaker_code VARCHAR, speaker_sector VARCHAR, verb VARCHAR, speaker_start INTEGER, speaker_end INTEGER";

  /**
   * Inserts the quotes; a quote id already stored, or given twice, is left as first stored. The rows are appended
   * to a stage and moved over with one {@code INSERT OR IGNORE}, in the order given.
   */
  static void insert(Connection db, Collection<Quote> quotes) throws SQLException {
    try (Appends.Stage stage = new Appends.Stage(db, "dyad_stage_quotes", STAGE)) {
      for (Quote q : quotes) {
        stage.rowOnce(q.id(), row(q));
      }
      stage.moveInto("INSERT OR IGNORE INTO quotes (" + COLUMNS + ")", COLUMNS);
    }
  }

  private static Object[] row(Quote q) {
    EventActor s = q.speaker();
    List<Integer> ss = q.speakerSpan();
    return new Object[] {q.id(), q.articleId(), q.text(), q.kind(), q.span().get(0), q.span().get(1), q.sentenceIndex(),
        s == null ? null : s.text(), s == null ? null : s.name(), s == null ? null : s.code(),
        s == null ? null : s.sector(), q.verb(), ss == null ? null : ss.get(0), ss == null ? null : ss.get(1)};
  }

  /** The quotes read from one article, in text order. */
  static List<Quote> ofArticle(Connection db, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS
        + " FROM quotes WHERE article_id = ? ORDER BY span_start, kind, id")) {
      ps.setString(1, articleId);
      List<Quote> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(quote(r));
        }
      }
      return out;
    }
  }

  private static Quote quote(ResultSet r) throws SQLException {
    String speaker = r.getString("speaker_text");
    EventActor who = speaker == null ? null : new EventActor(speaker, r.getString("speaker_name"),
        r.getString("speaker_code"), r.getString("speaker_sector"));
    Integer start = (Integer) r.getObject("speaker_start");
    Integer end = (Integer) r.getObject("speaker_end");
    List<Integer> speakerSpan = who == null || start == null || end == null ? null : List.of(start, end);
    return new Quote(r.getString("id"), r.getString("article_id"), r.getString("text"), r.getString("kind"),
        List.of(r.getInt("span_start"), r.getInt("span_end")), r.getInt("sentence_index"), who, r.getString("verb"),
        speakerSpan);
  }
}
