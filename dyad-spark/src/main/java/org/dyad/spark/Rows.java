package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDates;
import org.dyad.model.Quote;
import org.dyad.store.EventColumns;
import org.dyad.stories.Reprints;

/**
 * Articles and events as Spark rows, with the columns and names of the embedded store's {@code articles} and
 * {@code events} tables (the contract's fields, actors and location flattened), so DuckDB queries both alike.
 */
final class Rows {
  /** The store's event columns ({@link EventColumns}), names and types alike. */
  static final StructType EVENT = eventStruct();
  static final StructType ARTICLE = struct(
      "id", "source_path", "url", "title", "published", "published_date:date", "published_from", "outlet",
      "authors:array", "dateline", "language", "text", "page_type", "confidence:double");
  static final StructType QUOTE = struct(
      "id", "article_id", "text", "kind", "span_start:int", "span_end:int", "sentence_index:int", "speaker_text",
      "speaker_name", "speaker_code", "speaker_sector", "verb", "speaker_start:int", "speaker_end:int");
  /**
   * Where a document was read: the path of its file and its place in the file. Sorted, they give the embedded
   * ingest's reading order (files sorted by path, as {@code Inputs.files} lists them, documents in file order),
   * the order in which reprints and stories are found, so both runs find the same ones.
   */
  static final String[] READ_ORDER = {"read_path", "read_index"};
  /**
   * One article per row, its events and quotes nested, so the pipeline runs once for all three tables; then where
   * it was read and its MinHash signature for the reprint pass.
   */
  static final StructType ARTICLE_WITH_EVENTS = ARTICLE.add("events", DataTypes.createArrayType(EVENT))
      .add("quotes", DataTypes.createArrayType(QUOTE)).add(READ_ORDER[0], DataTypes.StringType, false)
      .add(READ_ORDER[1], DataTypes.IntegerType, false)
      .add("minhash", DataTypes.createArrayType(DataTypes.IntegerType), true);

  private Rows() {}

  /** The article's row with its events and quotes nested, read as document {@code index} of {@code path}. */
  static Row of(Article a, List<Event> events, List<Quote> quotes, String path, int index) {
    Object[] es = events.stream().map(Rows::event).toArray();
    Object[] qs = quotes.stream().map(Rows::quote).toArray();
    int[] sig = Reprints.signature(a.text());
    Object[] minhash = sig == null ? null : java.util.Arrays.stream(sig).boxed().toArray();
    return RowFactory.create(a.id(), a.sourcePath(), a.url(), a.title(), a.published(), day(a.published()),
        a.publishedFrom(), a.outlet(), a.authors().toArray(new String[0]), a.dateline(), a.language(), a.text(),
        a.pageType(), a.confidence(), es, qs, path, index, minhash);
  }

  static Row quote(Quote q) {
    List<Integer> ss = q.speakerSpan();
    return RowFactory.create(q.id(), q.articleId(), q.text(), q.kind(), q.span().get(0), q.span().get(1),
        q.sentenceIndex(), text(q.speaker()), name(q.speaker()), code(q.speaker()), sector(q.speaker()), q.verb(),
        ss == null ? null : ss.get(0), ss == null ? null : ss.get(1));
  }

  /** The event's row: the store's values of its columns, dates as Spark's SQL dates. */
  static Row event(Event e) {
    Object[] values = EventColumns.row(e);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof LocalDate d) {
        values[i] = sql(d);
      }
    }
    return RowFactory.create(values);
  }

  /** The event of a row with the {@link #EVENT} columns (as the job writes and reads them back). */
  static Event toEvent(Row r) {
    String location = r.getAs("location_name");
    return Event.builder().id(r.getAs("id")).articleId(r.getAs("article_id")).outlet(r.getAs("outlet"))
        .published(r.getAs("published")).sentence(r.getAs("sentence")).sentenceIndex(r.<Integer>getAs("sentence_index"))
        .span(r.<Integer>getAs("span_start"), r.<Integer>getAs("span_end"))
        .source(actor(r, "source")).target(actor(r, "target")).plover(r.<String>getAs("plover"))
        .mode(r.getAs("mode")).cameo(r.getAs("cameo")).intensity(r.<Double>getAs("intensity"))
        .status(r.<String>getAs("status")).date(r.getAs("date")).datePrecision(r.<String>getAs("date_precision"))
        .dateText(r.getAs("date_text"))
        .location(location == null ? null : new org.dyad.model.Location(location, r.getAs("location_code")))
        .confidence(r.<Double>getAs("confidence")).storyId(r.getAs("story_id")).build();
  }

  private static EventActor actor(Row r, String side) {
    String text = r.getAs(side + "_text");
    return text == null ? null : new EventActor(text, r.getAs(side + "_name"), r.getAs(side + "_code"),
        r.getAs(side + "_sector"));
  }

  private static String text(EventActor a) {
    return a == null ? null : a.text();
  }

  private static String name(EventActor a) {
    return a == null ? null : a.name();
  }

  private static String code(EventActor a) {
    return a == null ? null : a.code();
  }

  private static String sector(EventActor a) {
    return a == null ? null : a.sector();
  }

  private static Date day(String published) {
    LocalDate[] range = published == null || published.length() < 10 ? null : EventDates.range(published);
    return range == null ? null : sql(range[0]);
  }

  private static Date sql(LocalDate d) {
    return Date.valueOf(d);
  }

  private static StructType eventStruct() {
    StructField[] fields = EventColumns.ALL.stream().map(c -> DataTypes.createStructField(c.name(),
        type(c.sql().split(" ")[0]), true)).toArray(StructField[]::new);
    return DataTypes.createStructType(fields);
  }

  /** A schema from "name" (a string) or "name:type" columns; every column may be null. */
  private static StructType struct(String... columns) {
    StructField[] fields = new StructField[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String[] nt = columns[i].split(":");
      fields[i] = DataTypes.createStructField(nt[0], type(nt.length == 1 ? "string" : nt[1]), true);
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(String name) {
    return switch (name) {
      case "int", "INTEGER" -> DataTypes.IntegerType;
      case "double", "DOUBLE" -> DataTypes.DoubleType;
      case "date", "DATE" -> DataTypes.DateType;
      case "array" -> DataTypes.createArrayType(DataTypes.StringType);
      default -> DataTypes.StringType;
    };
  }
}
