package org.dyad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.dyad.extract.RepeatedLines;
import org.dyad.model.RawDocument;
import scala.Tuple2;

/**
 * The repeated-lines pass on a cluster, before the pipeline: the text dumps of each folder vote for their short
 * lines ({@link RepeatedLines#votes}), the votes are counted per folder across the cluster, and the lines that
 * {@link RepeatedLines#repeated} calls furniture go back to the driver, the same set the embedded ingest's
 * {@link RepeatedLines.Builder} finds on the same files.
 */
final class SparkRepeatedLines {
  private SparkRepeatedLines() {}

  /** The furniture lines of the text dumps under {@code input}; reading problems are reported by the main pass. */
  static Set<String> find(JavaSparkContext sc, String input, int slices) {
    JavaPairRDD<String, Set<String>> votes = sc.binaryFiles(input, slices)
        .filter(f -> RepeatedLines.group(LocalCopy.localPath(f._1())) != null)
        .flatMapToPair(f -> {
          String group = RepeatedLines.group(LocalCopy.localPath(f._1()));
          List<Tuple2<String, Set<String>>> out = new ArrayList<>();
          for (RawDocument doc : LocalCopy.read(f._1(), f._2(), input, skip -> { })) {
            out.add(new Tuple2<>(group, new HashSet<>(RepeatedLines.votes(doc.content()))));
          }
          return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> docs = new HashMap<>(votes.countByKey());
      return new HashSet<>(votes
          .flatMapToPair(v -> v._2().stream().map(line -> new Tuple2<>(new Tuple2<>(v._1(), line), 1)).iterator())
          .reduceByKey(Integer::sum)
          .filter(c -> RepeatedLines.repeated(c._2(), docs.get(c._1()._1()).intValue()))
          .map(c -> c._1()._2())
          .distinct()
          .collect());
    } finally {
      votes.unpersist();
    }
  }
}
