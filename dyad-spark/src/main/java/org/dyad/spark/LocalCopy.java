package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.ingest.Skip;
import org.dyad.model.RawDocument;

/**
 * Reads one input file of any Hadoop file system with dyad's own readers: the file is streamed to a local temp
 * copy under the same path (so dates in folder names are found as in a local run), read, and deleted.
 */
final class LocalCopy {
  private LocalCopy() {}

  /**
   * The raw documents of the file at {@code uri}, named by {@code uri}; problems go to {@code warn}. Dates in the
   * path count only below {@code input}, the job's input path (the whole path when it is a glob or a list).
   */
  static List<RawDocument> read(String uri, PortableDataStream data, String input, Consumer<Skip> warn) {
    Path root = null;
    try {
      root = Files.createTempDirectory("dyad-spark");
      Path copy = copy(root, uri, data);
      String prefix = copy.toString().substring(0, copy.toString().length() - localPath(uri).length());
      List<RawDocument> docs = new ArrayList<>();
      new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE, inputRoots(root, input)).read(copy,
          d -> docs.add(renamed(d, prefix, uri)),
          skip -> warn.accept(new Skip(rename(skip.source(), prefix, uri), skip.reason(), skip.skipped())));
      return docs;
    } catch (IOException e) {
      warn.accept(Skip.of(uri, "unreadable: " + e.getMessage()));
      return List.of();
    } finally {
      delete(root);
    }
  }

  /** The local copy of the job's input path, as the root for path dates; none for globs and lists. */
  private static List<Path> inputRoots(Path root, String input) {
    if (input == null || input.matches(".*[*?{\\[,].*")) {
      return List.of();
    }
    String path = localPath(input);
    if (!path.startsWith("/")) {
      path = Path.of(path).toAbsolutePath().toString(); // a relative input is relative to the driver's folder
    }
    return List.of(path.equals("/") ? root : root.resolve(path.substring(1).replaceAll("/+$", "")));
  }

  private static Path copy(Path root, String uri, PortableDataStream data) throws IOException {
    Path copy = root.resolve(localPath(uri).substring(1));
    Files.createDirectories(copy.getParent());
    try (InputStream in = data.open()) {
      Files.copy(in, copy);
    }
    return copy;
  }

  /** The path part of the URI, absolute ("/data/2016-03-25/a.warc"). */
  static String localPath(String uri) {
    String path = URI.create(uri.replace(" ", "%20")).getPath();
    return path == null || path.isEmpty() ? "/input" : path;
  }

  /** The document named after the original file rather than its local copy. */
  private static RawDocument renamed(RawDocument d, String prefix, String uri) {
    return new RawDocument(rename(d.sourcePath(), prefix, uri), d.url(), d.format(), d.content(), d.hints());
  }

  private static String rename(String source, String prefix, String uri) {
    return source.startsWith(prefix) ? uriPrefix(uri) + source.substring(prefix.length()) : source;
  }

  private static String uriPrefix(String uri) {
    return uri.startsWith("file:") ? "" : uri.substring(0, uri.length() - localPath(uri).length());
  }

  private static void delete(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp copy is harmless; the input itself is untouched
    }
  }
}
