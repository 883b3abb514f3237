package org.dyad.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.app.ingest.Ingest;
import org.dyad.app.ingest.IngestRunner;
import org.dyad.app.serve.Server;
import org.dyad.app.service.Timelines;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad demo}: the main job on the bundled demo corpus, into a store under ./data/demo. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled demo corpus (US-Russia relations 2008-2016) into ./data/demo and show it."})
final class DemoCommand implements Callable<Integer> {
  private static final String CORPUS = "/org/dyad/app/demo/";

  @Option(names = "--no-serve", description = "do not start the web UI afterwards")
  boolean noServe;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "web UI port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/demo", description = "where the demo keeps its corpus and store")
  Path data;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    Path corpus = unpackCorpus(data.resolve("corpus"));
    Path csv = corpus.resolve("published.csv");
    PublishedDates dates = Files.exists(csv) ? PublishedDates.load(csv) : PublishedDates.NONE;
    List<Path> files = Inputs.files(List.of(corpus)).stream().filter(DemoCommand::isArticle).toList();
    Path storeDir = data.resolve("store");
    System.out.println("dyad demo: ingesting " + files.size() + " demo articles into " + storeDir);
    IngestRunner.Summary summary = Ingest.run(Ingest.Options.of(storeDir, List.of(corpus), files).withDates(dates)
        .withThreads(2));
    System.out.println(summary.line());
    printTimeline(storeDir);
    if (!noServe) {
      Server.serveUntilStopped(storeDir, Server.LOCALHOST, port, System.out);
    }
    return 0;
  }

  private static boolean isArticle(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".html");
  }

  private static void printTimeline(Path storeDir) {
    try (Store store = Store.openReading(storeDir)) {
      long events = store.events(EventQuery.all()).size();
      System.out.printf("The store holds %d articles and %d events.%n%n", store.articleCount(), events);
      System.out.print(Timelines.markdown(Timelines.ofDyad(store, EventQuery.all().withDyad("USA:RUS"), 25, 1)));
    }
  }

  /** Copies the bundled corpus out of the jar (or the classes folder) into {@code target}. */
  static Path unpackCorpus(Path target) throws IOException, URISyntaxException {
    URL url = DemoCommand.class.getResource(CORPUS);
    if (url == null) {
      throw new IllegalStateException("the demo corpus is missing from this build");
    }
    URI uri = url.toURI();
    Files.createDirectories(target);
    if (uri.getScheme().equals("jar")) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        copyTree(fs.getPath(CORPUS), target);
      }
    } else {
      copyTree(Path.of(uri), target);
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path dest = to.resolve(from.relativize(f).toString());
        Files.createDirectories(dest.getParent());
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
