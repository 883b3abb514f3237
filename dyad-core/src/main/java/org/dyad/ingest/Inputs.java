package org.dyad.ingest;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.dyad.model.RawDocument.Hints;

/**
 * Reads input files and folders into raw documents: text dumps, HTML pages (also gzipped), WARC archives and JSONL.
 *
 * <p>Lenient by design: a file that cannot be read is reported to the warning callback and skipped; one bad
 * file never stops a run.
 */
public final class Inputs {
  /** Default cap on one page's size; a single news page is far below it. */
  public static final long DEFAULT_MAX_BYTES = 20L << 20;

  private final long maxBytes;
  private final PublishedDates userDates;
  private final List<Path> roots;

  /** Reads with the given per-document size cap and user-supplied publication dates (may be empty). */
  public Inputs(long maxBytes, PublishedDates userDates) {
    this(maxBytes, userDates, List.of());
  }

  /**
   * Reads as above; dates in file paths are looked for only below the input folders the user named, so a folder
   * above them named like a date ("/archive/2019-01-01/corpus") dates no page.
   */
  public Inputs(long maxBytes, PublishedDates userDates, List<Path> roots) {
    this.maxBytes = maxBytes;
    this.userDates = userDates == null ? PublishedDates.NONE : userDates;
    this.roots = List.copyOf(roots);
  }

  /** All files under the given paths, walked recursively, in a stable order; fails naming a missing path. */
  public static List<Path> files(List<Path> roots) {
    return files(roots, skip -> { });
  }

  /**
   * All regular files under the given paths, walked recursively (following symbolic links), in a stable order;
   * fails naming a missing path. What cannot be read as a file goes to {@code warn}, one line each, and the walk
   * goes on: a folder it may not list, a broken symbolic link, a link that loops back to a folder above it, a
   * named pipe (never opened, so nothing waits on it), a socket or a device.
   */
  public static List<Path> files(List<Path> roots, Consumer<Skip> warn) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new BadInputException("no such file or folder: " + root);
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
            new Lister(found, warn));
      } catch (IOException e) {
        throw new BadInputException("cannot list " + root + ": " + oneLine(e));
      }
      found.sort(null);
      out.addAll(found);
    }
    return out;
  }

  /** Collects the regular files of a walk and reports everything else it meets. */
  private static final class Lister extends java.nio.file.SimpleFileVisitor<Path> {
    private final List<Path> found;
    private final Consumer<Skip> warn;

    Lister(List<Path> found, Consumer<Skip> warn) {
      this.found = found;
      this.warn = warn;
    }

    @Override
    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        found.add(file);
      } else if (attrs.isSymbolicLink()) {
        // the walk follows links; a link whose attributes are its own points nowhere
        warn.accept(Skip.of(file.toString(), "broken symbolic link"));
      } else if (!attrs.isDirectory()) {
        warn.accept(Skip.of(file.toString(), "not a regular file (a named pipe, socket or device)"));
      }
      return java.nio.file.FileVisitResult.CONTINUE;
    }

    @Override
    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
      String reason;
      if (e instanceof java.nio.file.FileSystemLoopException) {
        reason = "symbolic link loop (it leads back to a folder above it)";
      } else if (e instanceof java.nio.file.AccessDeniedException) {
        reason = Files.isDirectory(file) ? "cannot list folder: permission denied" : "permission denied";
      } else if (e instanceof NoSuchFileException) {
        reason = "vanished while listing";
      } else {
        reason = "cannot list: " + oneLine(e);
      }
      warn.accept(Skip.of(file.toString(), reason));
      return java.nio.file.FileVisitResult.CONTINUE;
    }

    @Override
    public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        // the folder's listing broke off part-way: what was listed is kept
        warn.accept(Skip.of(dir.toString(), "folder listed only in part: " + oneLine(e)));
      }
      return java.nio.file.FileVisitResult.CONTINUE;
    }
  }

  /** Reads one file, sending each document to {@code out} and each problem to {@code warn}. */
  public void read(Path file, Consumer<RawDocument> out, Consumer<Skip> warn) {
    String source = file.toString();
    FileKind kind = FileKind.of(file);
    if (kind == FileKind.UNSUPPORTED) {
      warn.accept(Skip.of(source, "unsupported file type (expected .txt, .html, .htm, .warc, .jsonl, optionally .gz)"));
      return;
    }
    try {
      if (Files.size(file) == 0) {
        warn.accept(Skip.of(source, "empty file"));
        return;
      }
      switch (kind) {
        case WARC -> new WarcDocuments(maxBytes).read(file, doc -> out.accept(withDates(doc, file)), warn);
        case JSONL -> new JsonlDocuments(maxBytes).read(file, doc -> out.accept(withDates(doc, file)), warn);
        default -> readPage(file, kind, out, warn);
      }
    } catch (NoSuchFileException e) {
      warn.accept(Skip.of(source, "file vanished while reading"));
    } catch (IOException | RuntimeException e) {
      warn.accept(Skip.of(source, "unreadable: " + oneLine(e)));
    }
  }

  private void readPage(Path file, FileKind kind, Consumer<RawDocument> out, Consumer<Skip> warn) throws IOException {
    String source = file.toString();
    long size = Files.size(file);
    if (size == 0) {
      warn.accept(Skip.of(source, "empty file"));
      return;
    }
    if (size > maxBytes && !kind.gzipped()) {
      warn.accept(Skip.of(source, "too large: " + megabytes(size) + " over the " + megabytes(maxBytes) + " limit for one page"));
      return;
    }
    byte[] bytes = readBytes(file, kind.gzipped());
    if (bytes == null) {
      warn.accept(Skip.of(source, "too large once decompressed: over the " + megabytes(maxBytes) + " limit for one page"));
      return;
    }
    RawDocument doc = decodePage(source, bytes, kind.format(), null, null, Hints.NONE, warn);
    if (doc != null) {
      out.accept(withDates(doc, file));
    }
  }

  /** Decodes one page's bytes, or reports why not and returns null. Shared by every container. */
  static RawDocument decodePage(String source, byte[] bytes, Format format, String url, String httpCharset,
      Hints hints, Consumer<Skip> warn) {
    if (bytes.length == 0) {
      warn.accept(Skip.of(source, "empty document"));
      return null;
    }
    if (hasNul(bytes) && !Charsets.hasByteOrderMark(bytes)) {
      warn.accept(Skip.of(source, "binary content (NUL bytes), or UTF-16 text without a byte-order mark"));
      return null;
    }
    try {
      Charsets.Decoded decoded = Charsets.decode(bytes, httpCharset);
      if (decoded.note() != null) {
        warn.accept(Skip.warning(source, decoded.note()));
      }
      if (decoded.text().isBlank()) {
        warn.accept(Skip.of(source, "no text (only whitespace)"));
        return null;
      }
      return new RawDocument(source, url, format, decoded.text(), hints);
    } catch (Charsets.UndecodableException e) {
      warn.accept(Skip.of(source, e.getMessage()));
      return null;
    }
  }

  private RawDocument withDates(RawDocument doc, Path file) {
    Hints hints = doc.hints();
    String user = userDates.lookup(file, doc.sourcePath());
    if (user != null) {
      hints = new Hints(hints.title(), user, "user", hints.outlet());
    } else {
      hints = hints.withPublishedIfAbsent(PathDates.find(datedPart(file, doc.sourcePath())), "filename");
    }
    return new RawDocument(doc.sourcePath(), doc.url(), doc.format(), doc.content(), hints);
  }

  /**
   * The part of a document's source path below the input folder it was found in; a file named directly (as a
   * shell glob names them: "InputDocs/2011-04-22/*.txt") keeps its whole path as typed.
   */
  private String datedPart(Path file, String sourcePath) {
    for (Path root : roots) {
      if (file.startsWith(root) && !file.equals(root)) {
        String whole = file.toString();
        return root.relativize(file) + (sourcePath.startsWith(whole) ? sourcePath.substring(whole.length()) : "");
      }
    }
    return sourcePath;
  }

  /** The file's bytes, or null when it exceeds the limit (checked while reading, so gzip bombs stop early). */
  private byte[] readBytes(Path file, boolean gzipped) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzipped ? new GZIPInputStream(raw, 65536) : raw) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private static boolean hasNul(byte[] bytes) {
    int n = Math.min(bytes.length, 65536);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").trim();
  }
}
