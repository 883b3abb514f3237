package org.dyad.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.dyad.export.EventFormat;
import org.dyad.export.EventSink;
import org.dyad.export.Exports;

/**
 * The job's events in a named format of dyad's export registry: each partition is written by the registry's own
 * writer to a local file, {@code part-NNNNN.EXT}, then copied to the output folder on any Hadoop file system, so
 * a cluster writes byte for byte what {@code dyad events --format} writes (the text formats' header repeats at
 * the top of each part, as Spark's own CSV writer does).
 */
final class SparkExport {
  private SparkExport() {}

  /** Writes {@code events} (rows with {@link Rows#EVENT}'s columns) under {@code dir}, replacing it; returns how many. */
  static long write(Dataset<Row> events, String format, String dir) {
    EventFormat f = Exports.named(format); // an unknown name fails here, before any task runs
    try {
      FileSystem fs = FileSystem.get(URI.create(dir), events.sparkSession().sparkContext().hadoopConfiguration());
      fs.delete(new org.apache.hadoop.fs.Path(dir), true);
      fs.mkdirs(new org.apache.hadoop.fs.Path(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
    LongAccumulator written = events.sparkSession().sparkContext().longAccumulator("exported");
    String name = f.name();
    // the driver's Hadoop settings (credentials of s3a and the like) travel to the tasks as plain strings
    Map<String, String> conf = new HashMap<>();
    events.sparkSession().sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
    events.javaRDD().foreachPartition(rows -> written.add(writePart(Exports.named(name), rows, dir, conf)));
    return written.value();
  }

  private static long writePart(EventFormat f, Iterator<Row> rows, String dir, Map<String, String> settings)
      throws IOException {
    if (!rows.hasNext()) {
      return 0;
    }
    String part = String.format(Locale.ROOT, "part-%05d.%s", TaskContext.getPartitionId(), f.extension());
    Path local = Files.createTempFile("dyad-export-", "." + f.extension());
    long n = 0;
    try {
      try (OutputStream out = Files.newOutputStream(local); EventSink sink = f.open(out)) {
        while (rows.hasNext()) {
          sink.write(Rows.toEvent(rows.next()));
          n++;
        }
      }
      Configuration conf = new Configuration(false);
      settings.forEach(conf::set);
      FileSystem fs = FileSystem.get(URI.create(dir), conf);
      fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(local.toUri()),
          new org.apache.hadoop.fs.Path(dir, part));
      return n;
    } finally {
      Files.deleteIfExists(local);
    }
  }
}
