package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.stories.Reprints;

/**
 * Reprint detection on a cluster: the executors compute each article's MinHash signature with the pipeline, the
 * driver adds them to one {@link Reprints} in reading order, as the embedded ingest's writer does, so the same
 * article is found to reprint the same earlier one. The driver holds the signatures (64 ints an article) and
 * their bands, as the embedded ingest holds them today.
 */
final class SparkReprints {
  static final StructType DUPLICATES = new StructType()
      .add("id", DataTypes.StringType, false).add("duplicate_of", DataTypes.StringType, false);

  private SparkReprints() {}

  /** The articles (one row an id, with their read order and {@code minhash}) that reprint an earlier one. */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> articles) {
    Reprints reprints = Reprints.standard();
    List<Row> found = new ArrayList<>();
    Iterator<Row> ordered = articles.filter(col("minhash").isNotNull())
        .select(col("id"), col("minhash"), col(Rows.READ_ORDER[0]), col(Rows.READ_ORDER[1]))
        .orderBy(Rows.READ_ORDER[0], Rows.READ_ORDER[1]).toLocalIterator();
    while (ordered.hasNext()) {
      Row r = ordered.next();
      List<Integer> sig = r.getList(1);
      String original = reprints.add(r.getString(0), sig.stream().mapToInt(Integer::intValue).toArray());
      if (original != null) {
        found.add(RowFactory.create(r.getString(0), original));
      }
    }
    return spark.createDataFrame(found, DUPLICATES);
  }
}
