package org.dyad.app.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.util.Hashes;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.Skip;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Ingested;
import org.dyad.store.Store;

/**
 * Runs the pipeline over files into a store: one reader, N pipeline threads and one writer, joined by bounded
 * queues so memory stays flat on any corpus. Batches are committed as they fill; a crash loses at most the
 * batch in flight, which the rerun redoes.
 */
public final class IngestRunner {
  private static final int BATCH = 256;
  private static final RawDocument END = new RawDocument("", null, RawDocument.Format.TEXT, "", null);
  private static final Job END_JOB = new Job(-1, END, null);

  private final Store store;
  private final Inputs inputs;
  private final Pipeline pipeline;
  private final int threads;
  private final Reporter reporter;
  private final AtomicInteger stored = new AtomicInteger();
  private final AtomicInteger reprints = new AtomicInteger();
  private final AtomicInteger known = new AtomicInteger();
  private final AtomicInteger repeated = new AtomicInteger();
  // the content hashes read in this run: a second copy is a duplicate within the run, not a document stored before
  private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicInteger documents = new AtomicInteger();
  private StoryStage stories;
  private InOrder<Done> order;

  /** A document, its content hash and its place in reading order. */
  private record Job(long seq, RawDocument doc, String hash) {}

  /** What the pipeline made of the document read in place {@code seq}. */
  private record Done(long seq, Pipeline.Result result, String hash) {}

  IngestRunner(Store store, Inputs inputs, Pipeline pipeline, int threads, Reporter reporter) {
    this.store = store;
    this.inputs = inputs;
    this.pipeline = pipeline;
    this.threads = threads;
    this.reporter = reporter;
  }

  /** What one run did. */
  public record Summary(int files, int documents, int stored, int reprints, int alreadyStored, int duplicates,
      int skipped, int warnings, long millis) {
    /** The summary line the commands print. */
    public String line() {
      return String.format("%d files, %d documents: %d articles stored, %d reprints of stored articles, "
          + "%d already in the store, %d duplicates within this run, %d skipped, %d warnings (%.1f s)", files,
          documents, stored, reprints, alreadyStored, duplicates, skipped, warnings, millis / 1000.0);
    }
  }

  Summary run(List<Path> files, Progress progress) throws InterruptedException {
    long start = System.nanoTime();
    stories = StoryStage.continuing(store);
    order = new InOrder<>(threads * 32 + BATCH * 2);
    BlockingQueue<Job> docs = new ArrayBlockingQueue<>(threads * 32);
    BlockingQueue<Done> results = new ArrayBlockingQueue<>(BATCH * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1, daemon());
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> work(docs, results)));
    }
    Future<?> reader = pool.submit(() -> read(files, docs, progress));
    Future<?> done = pool.submit(() -> finish(reader, workers, results));
    write(results);
    await(done);
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    return new Summary(files.size(), documents.get(), stored.get(), reprints.get(), known.get(), repeated.get(),
        reporter.skipped(), reporter.warnings(), (System.nanoTime() - start) / 1_000_000);
  }

  private Void read(List<Path> files, BlockingQueue<Job> docs, Progress progress) throws InterruptedException {
    try {
      for (Path file : files) {
        inputs.read(file, doc -> enqueue(doc, docs), reporter);
        progress.step();
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        docs.put(END_JOB);
      }
    }
    return null;
  }

  private void enqueue(RawDocument doc, BlockingQueue<Job> docs) {
    documents.incrementAndGet();
    String hash = sourceHash(doc);
    if (!seen.add(hash)) {
      repeated.incrementAndGet(); // the same document twice in this run: read once
      return;
    }
    if (store.hasSource(hash)) {
      known.incrementAndGet();
      return;
    }
    try {
      docs.put(new Job(order.issue(), doc, hash));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Void work(BlockingQueue<Job> docs, BlockingQueue<Done> results) throws InterruptedException {
    for (Job job = docs.take(); job != END_JOB; job = docs.take()) {
      results.put(new Done(job.seq(), process(job.doc()), job.hash()));
    }
    return null;
  }

  private Pipeline.Result process(RawDocument doc) {
    try {
      return pipeline.process(doc);
    } catch (RuntimeException e) {
      // one broken page never stops a corpus run; the writer reports it in its turn
      return new Pipeline.Result(doc, null, List.of(), "failed in the pipeline: " + e);
    }
  }

  private Void finish(Future<?> reader, List<Future<?>> workers, BlockingQueue<Done> results)
      throws InterruptedException {
    try {
      await(reader);
      for (Future<?> w : workers) {
        await(w);
      }
    } finally {
      results.put(new Done(-1, new Pipeline.Result(END, null, null, null), null));
    }
    return null;
  }

  private void write(BlockingQueue<Done> results) throws InterruptedException {
    List<StoryStage.Pending> batch = new ArrayList<>();
    java.util.Set<String> batchIds = new java.util.HashSet<>();
    for (Done d = results.take(); d.seq() >= 0; d = results.take()) {
      order.accept(d.seq(), d, done -> write(done.result(), done.hash(), batch, batchIds));
    }
    flush(batch, batchIds);
  }

  private void write(Pipeline.Result r, String hash, List<StoryStage.Pending> batch, java.util.Set<String> batchIds) {
    if (r.article() == null) {
      reporter.accept(Skip.of(r.doc().sourcePath(), r.problem()));
      return;
    }
    r.warnings().forEach(w -> reporter.accept(Skip.warning(r.doc().sourcePath(), w)));
    boolean reprint = store.hasArticle(r.article().id()) || !batchIds.add(r.article().id());
    (reprint ? reprints : stored).incrementAndGet();
    batch.add(new StoryStage.Pending(r, hash, reprint));
    if (batch.size() >= BATCH) {
      flush(batch, batchIds);
    }
  }

  // the batch is linked as a whole, so the store is asked once a batch for what it could link to
  private void flush(List<StoryStage.Pending> batch, java.util.Set<String> batchIds) {
    if (!batch.isEmpty()) {
      store.add(stories.link(batch));
    }
    batch.clear();
    batchIds.clear();
  }

  static String sourceHash(RawDocument doc) {
    return Hashes.sha256(doc.format() + "\n" + doc.content());
  }

  private static void await(Future<?> f) throws InterruptedException {
    try {
      f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "dyad-ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
