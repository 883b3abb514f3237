package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.stories.StoryLinker;
import scala.Tuple2;

/**
 * The stories stage on a cluster: events that can share a story have equal {@link StoryLinker#key} values, so
 * each key's events are linked on their own by the same linker as the embedded ingest, in its reading order, so
 * both give the same story ids.
 */
final class SparkStories {
  private static final StructType IDS = new StructType()
      .add("id", DataTypes.StringType, false).add("linked_story", DataTypes.StringType, false);
  /** The place of an event in its article's list, the last part of the reading order. */
  static final String EVENT_INDEX = "event_index";
  /**
   * The order in which the embedded writer links: documents in {@link Rows#READ_ORDER}, each article's events in
   * the pipeline's order.
   */
  static final Comparator<Row> READING_ORDER = Comparator
      .comparing((Row r) -> r.<String>getAs(Rows.READ_ORDER[0]))
      .thenComparing(r -> r.<Integer>getAs(Rows.READ_ORDER[1]))
      .thenComparing(r -> r.<Integer>getAs(EVENT_INDEX));

  private SparkStories() {}

  /**
   * The events with their {@code story_id} filled in, columns in the same order as before; the rows carry the
   * {@link #READING_ORDER} columns.
   */
  static Dataset<Row> link(SparkSession spark, Dataset<Row> events) {
    JavaRDD<Row> ids = events.javaRDD()
        .mapToPair(r -> new Tuple2<>(key(r), r))
        .groupByKey()
        .flatMap(group -> linked(group._1(), group._2()));
    Dataset<Row> stories = spark.createDataFrame(ids, IDS);
    String[] columns = events.columns();
    return events.join(stories, "id").withColumn("story_id", col("linked_story")).drop("linked_story")
        .select(java.util.Arrays.stream(columns).map(org.apache.spark.sql.functions::col).toArray(
            org.apache.spark.sql.Column[]::new));
  }

  private static String key(Row r) {
    return StoryLinker.key(r.getAs("source_code"), r.getAs("target_code"), r.getAs("plover"), r.getAs("id"));
  }

  private static Iterator<Row> linked(String key, Iterable<Row> rows) {
    List<Row> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(READING_ORDER);
    StoryLinker linker = new StoryLinker(List.of());
    List<Row> out = new ArrayList<>(sorted.size());
    for (Row r : sorted) {
      String story = linker.story(key, r.getAs("id"), r.getAs("article_id"), r.getAs("date"),
          r.getAs("date_precision"));
      out.add(RowFactory.create(r.<String>getAs("id"), story));
    }
    return out.iterator();
  }
}
