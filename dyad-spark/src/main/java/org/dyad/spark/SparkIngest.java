package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryFormat;
import org.dyad.export.Exports;
import org.dyad.extract.RepeatedLines;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.util.BadInputException;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * dyad's ingest as a Spark job, with the embedded ingest's passes (repeated lines, pipeline, reprints, stories):
 * WARC, JSONL, HTML or text files from any Hadoop-compatible path in, the contract's articles, events and quotes
 * as Parquet out ({@code OUT/articles}, {@code OUT/events},
 * {@code OUT/quotes}), which
 * {@code dyad events --store OUT} and {@code dyad serve --store OUT} read directly.
 *
 * <p>Usage: {@code spark-submit --class org.dyad.spark.SparkIngest dyad-spark.jar INPUT OUT [PARTITIONS]
 * [--format F]...}; each {@code --format} (a name of {@link Exports}) also writes the events in that format under
 * {@code OUT/events.F/}. {@code --lexicon FILE} and {@code --actors FILE} (repeatable, with
 * {@code --lexicon-format F} and {@code --actors-format F}) add user dictionaries as {@code dyad ingest} does: they
 * are read and checked on the driver, before the job starts, and shipped to the executors with the tasks.
 */
public final class SparkIngest {
  private SparkIngest() {}

  /** What one run wrote. */
  public record Summary(long files, long skipped, long articles, long events) {}

  /** Runs the job on the cluster spark-submit names (or local[*] when run without one). */
  public static void main(String[] args) {
    List<String> positional = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    Map<String, List<String>> dictionaryArgs = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        formats.add(args[++i]);
      } else if (DICTIONARY_OPTIONS.contains(args[i]) && i + 1 < args.length) {
        dictionaryArgs.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.size() < 2 || positional.size() > 3) {
      System.err.println("usage: SparkIngest INPUT OUT [PARTITIONS] [--format F]... [--lexicon FILE]... "
          + "[--actors FILE]... [--lexicon-format F] [--actors-format F]   (INPUT: a file, folder or glob "
          + "on any Hadoop path; F: " + String.join(", ", Exports.names()) + ")");
      System.exit(2);
    }
    Dictionaries user = Dictionaries.NONE;
    try {
      formats.forEach(Exports::named);
      user = dictionaries(dictionaryArgs);
    } catch (BadInputException e) {
      System.err.println("SparkIngest: " + e.getMessage());
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dyad ingest").getOrCreate();
    try {
      int partitions = positional.size() == 3 ? Integer.parseInt(positional.get(2)) : 0;
      System.err.println(run(spark, positional.get(0), positional.get(1), partitions, formats, user));
    } finally {
      spark.stop();
    }
  }

  private static final List<String> DICTIONARY_OPTIONS = List.of("--lexicon", "--actors", "--lexicon-format",
      "--actors-format");

  /** The user dictionaries the options name, read and checked here on the driver, reported once on stderr. */
  static Dictionaries dictionaries(Map<String, List<String>> options) {
    List<Path> lexicons = options.getOrDefault("--lexicon", List.of()).stream().map(Path::of).toList();
    List<Path> actors = options.getOrDefault("--actors", List.of()).stream().map(Path::of).toList();
    DictionaryFormat lf = DictionaryFormat.named("--lexicon-format", last(options.get("--lexicon-format")));
    DictionaryFormat af = DictionaryFormat.named("--actors-format", last(options.get("--actors-format")));
    if (lexicons.isEmpty() && actors.isEmpty()) {
      return Dictionaries.NONE;
    }
    Dictionaries d = Dictionaries.load(lexicons, lf, actors, af);
    d.report().forEach(line -> System.err.println("SparkIngest: " + line));
    return d;
  }

  private static String last(List<String> values) {
    return values == null ? null : values.get(values.size() - 1);
  }

  /**
   * {@link #run(SparkSession, String, String, int)}, then the stored events once more in each named format, under
   * {@code out/events.F/}.
   */
  public static Summary run(SparkSession spark, String input, String out, int partitions, List<String> formats) {
    return run(spark, input, out, partitions, formats, Dictionaries.NONE);
  }

  /** As {@link #run(SparkSession, String, String, int, List)}, coding with the user's dictionaries added. */
  public static Summary run(SparkSession spark, String input, String out, int partitions, List<String> formats,
      Dictionaries user) {
    formats.forEach(Exports::named); // fail on a bad name before the pipeline runs
    Summary s = run(spark, input, out, partitions, user);
    for (String f : formats) {
      SparkExport.write(spark.read().parquet(out + "/events"), f, out + "/events." + Exports.named(f).name());
    }
    return s;
  }

  /** Runs the pipeline over {@code input} and writes Parquet under {@code out}, replacing what is there. */
  public static Summary run(SparkSession spark, String input, String out, int partitions) {
    return run(spark, input, out, partitions, Dictionaries.NONE);
  }

  /**
   * As {@link #run(SparkSession, String, String, int)}, coding with the user's dictionaries added to dyad's. The
   * passes are the embedded ingest's: the repeated lines of each folder's text dumps first, then the pipeline
   * per document, then in reading order the first copy of each article kept, its near-duplicate reprints marked
   * ({@code duplicate_of}) and its events linked into stories.
   */
  public static Summary run(SparkSession spark, String input, String out, int partitions, Dictionaries user) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    LongAccumulator files = sc.sc().longAccumulator("files");
    LongAccumulator skipped = sc.sc().longAccumulator("skipped");
    int slices = partitions > 0 ? partitions : sc.defaultParallelism();
    RepeatedLines repeated = RepeatedLines.of(SparkRepeatedLines.find(sc, input, slices));
    JavaRDD<Row> rows = sc.binaryFiles(input, slices).repartition(slices)
        .flatMap(f -> process(f, input, files, skipped, repeated, user));
    Dataset<Row> all = firstCopies(spark.createDataFrame(rows, Rows.ARTICLE_WITH_EVENTS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> articles = all.drop("events", "quotes", "minhash", Rows.READ_ORDER[0], Rows.READ_ORDER[1])
          .join(SparkReprints.find(spark, all), CollectionConverters.asScala(List.of("id")).toSeq(), "left");
      Dataset<Row> events = SparkStories.link(spark, all.select(col(Rows.READ_ORDER[0]), col(Rows.READ_ORDER[1]),
              posexplode(col("events")).as(new String[] {SparkStories.EVENT_INDEX, "e"}))
          .select(col("e.*"), col(Rows.READ_ORDER[0]), col(Rows.READ_ORDER[1]), col(SparkStories.EVENT_INDEX)))
          .drop(Rows.READ_ORDER[0], Rows.READ_ORDER[1], SparkStories.EVENT_INDEX);
      Dataset<Row> quotes = all.select(explode(col("quotes")).as("q")).select("q.*");
      articles.write().mode(SaveMode.Overwrite).parquet(out + "/articles");
      events.write().mode(SaveMode.Overwrite).parquet(out + "/events");
      quotes.write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
      return new Summary(files.value(), skipped.value(), spark.read().parquet(out + "/articles").count(),
          spark.read().parquet(out + "/events").count());
    } finally {
      all.unpersist();
    }
  }

  /**
   * One row an article id, the copy read first: an exact reprint (the same text, so the same id) is stored once,
   * with the metadata and events of its first copy, as the embedded writer keeps the first.
   */
  private static Dataset<Row> firstCopies(Dataset<Row> all) {
    WindowSpec byId = Window.partitionBy("id").orderBy(Rows.READ_ORDER[0], Rows.READ_ORDER[1]);
    return all.withColumn("copy", row_number().over(byId)).filter(col("copy").equalTo(1)).drop("copy");
  }

  /** The rows of one input file: an article with its events and quotes per document that has an article. */
  private static Iterator<Row> process(Tuple2<String, PortableDataStream> file, String input, LongAccumulator files,
      LongAccumulator skipped, RepeatedLines repeated, Dictionaries user) {
    files.add(1);
    Pipeline pipeline = SharedPipeline.get(repeated, user);
    String path = LocalCopy.localPath(file._1());
    List<Row> out = new ArrayList<>();
    List<RawDocument> docs = LocalCopy.read(file._1(), file._2(), input, skip -> report(skip, skipped));
    for (int i = 0; i < docs.size(); i++) {
      RawDocument doc = docs.get(i);
      Pipeline.Result r = process(pipeline, doc);
      if (r.article() == null) {
        report(org.dyad.ingest.Skip.of(doc.sourcePath(), r.problem()), skipped);
      } else {
        out.add(Rows.of(r.article(), r.events(), r.quotes(), path, i));
      }
    }
    return out.iterator();
  }

  private static Pipeline.Result process(Pipeline pipeline, RawDocument doc) {
    try {
      return pipeline.process(doc);
    } catch (RuntimeException e) {
      // one broken page never stops a corpus run
      return new Pipeline.Result(doc, null, List.of(), "failed in the pipeline: " + e);
    }
  }

  private static void report(org.dyad.ingest.Skip skip, LongAccumulator skipped) {
    if (skip.skipped()) {
      skipped.add(1);
    }
    System.err.println(skip); // lands in the executor's log
  }
}
