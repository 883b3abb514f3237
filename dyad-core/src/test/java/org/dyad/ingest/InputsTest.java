package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputsTest {
  private static final String PROSE = "Russia and the United States agreed on Friday to extend their talks on "
      + "strategic arms for another round, officials in both capitals said.\n";
  private static final String PAGE = "<html><head><title>Talks</title></head><body><p>" + PROSE + "</p></body></html>";

  @TempDir Path dir;
  private final Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE);
  private final List<RawDocument> docs = new ArrayList<>();
  private final List<Skip> skips = new ArrayList<>();

  private void read(Path file) {
    inputs.read(file, docs::add, skips::add);
  }

  private Skip onlySkip() {
    assertEquals(1, skips.size(), skips.toString());
    Skip s = skips.get(0);
    assertTrue(s.skipped(), s.toString());
    assertFalse(s.reason().isBlank());
    assertFalse(s.toString().contains("\n"), s.toString());
    return s;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void readsATextDump() throws IOException {
    read(write("a.txt", PROSE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, docs.size());
    assertEquals(Format.TEXT, docs.get(0).format());
    assertEquals(PROSE, docs.get(0).content());
    assertTrue(skips.isEmpty(), skips.toString());
  }

  @Test
  void readsAGzippedHtmlPage() throws IOException {
    read(write("a.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8))));
    assertEquals(1, docs.size());
    assertEquals(Format.HTML, docs.get(0).format());
    assertEquals(PAGE, docs.get(0).content());
  }

  @Test
  void aTruncatedGzipIsSkippedWithAReason() throws IOException {
    byte[] gz = gzip((PAGE + PAGE + PAGE).getBytes(StandardCharsets.UTF_8));
    Path file = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
    read(file);
    assertTrue(docs.isEmpty());
    assertEquals(file.toString(), onlySkip().source());
  }

  @Test
  void binaryBytesNamedTxtAreSkipped() throws IOException {
    byte[] bytes = new byte[5000];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    read(write("noise.txt", bytes));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("binary"), skips.toString());
  }

  @Test
  void binaryBytesWithoutNulsAreSkipped() throws IOException {
    byte[] bytes = new byte[5000];
    new Random(7).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
    }
    read(write("noise.txt", bytes));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("not text"), skips.toString());
  }

  @Test
  void anEmptyFileIsSkipped() throws IOException {
    read(write("empty.txt", new byte[0]));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("empty"), skips.toString());
  }

  @Test
  void aWhitespaceOnlyFileIsSkipped() throws IOException {
    read(write("blank.txt", " \n\n\t \n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("whitespace"), skips.toString());
  }

  @Test
  void aHugeSparseFileIsSkippedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L << 20);
    }
    long start = System.nanoTime();
    read(file);
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("too large: 100.0 MB"), skips.toString());
  }

  @Test
  void aTextFileOverTheSizeLimitIsSkipped() throws IOException {
    Path file = dir.resolve("long.txt");
    byte[] chunk = PROSE.repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < 25L << 20; written += chunk.length) {
        out.write(chunk);
      }
    }
    read(file);
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("too large"), skips.toString());
  }

  @Test
  void aGzipThatInflatesOverTheLimitIsSkipped() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    byte[] chunk = PROSE.repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (long written = 0; written < 25L << 20; written += chunk.length) {
        out.write(chunk);
      }
    }
    read(file);
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("too large once decompressed"), skips.toString());
  }

  @Test
  void aSmallLimitAppliesToEveryContainer() throws IOException {
    Inputs small = new Inputs(100, PublishedDates.NONE);
    Path jsonl = write("big.jsonl", ("{\"text\": \"" + "word ".repeat(100) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    small.read(jsonl, docs::add, skips::add);
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("too large"), skips.toString());
  }

  @Test
  void latin1BytesDeclaredAsUtf8AreKeptAsWindows1252WithAWarning() throws IOException {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Café Zürich</p></body></html>";
    read(write("latin.html", page.getBytes(Charset.forName("windows-1252"))));
    assertEquals(1, docs.size());
    assertTrue(docs.get(0).content().contains("Café Zürich"));
    assertEquals(1, skips.size(), skips.toString());
    assertFalse(skips.get(0).skipped());
    assertTrue(skips.get(0).reason().contains("Windows-1252"), skips.toString());
  }

  @Test
  void utf16WithoutByteOrderMarkIsSkipped() throws IOException {
    read(write("wide.txt", PROSE.getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("UTF-16"), skips.toString());
  }

  @Test
  void anUnsupportedExtensionIsSkipped() throws IOException {
    read(write("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("unsupported"), skips.toString());
  }

  @Test
  void jsonlKeepsTheGoodLinesAroundABrokenOne() throws IOException {
    String jsonl = "{\"text\": \"" + PROSE.strip() + "\", \"url\": \"http://a.example/1\", \"title\": \"T1\", "
        + "\"published\": \"2016-03-25\", \"outlet\": \"Xinhua\"}\n"
        + "{\"text\": \"broken\n"
        + "{\"html\": \"<p>second</p>\"}\n"
        + "[1, 2]\n"
        + "{\"title\": \"no body\"}\n";
    Path file = write("docs.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    read(file);
    assertEquals(2, docs.size(), skips.toString());
    RawDocument first = docs.get(0);
    assertEquals(Format.TEXT, first.format());
    assertEquals("http://a.example/1", first.url());
    assertEquals("T1", first.hints().title());
    assertEquals("2016-03-25", first.hints().published());
    assertEquals("meta", first.hints().publishedFrom());
    assertEquals("Xinhua", first.hints().outlet());
    assertEquals(Format.HTML, docs.get(1).format());
    assertEquals(List.of(file + ":2", file + ":4", file + ":5"), skips.stream().map(Skip::source).toList());
    assertTrue(skips.stream().allMatch(Skip::skipped));
  }

  @Test
  void anEmptyJsonlFileIsSkipped() throws IOException {
    read(write("none.jsonl", new byte[0]));
    assertTrue(onlySkip().reason().contains("empty"), skips.toString());
  }

  @Test
  void aWarcGivesOneDocumentPerHtmlResponse() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(response("http://a.example/one", "text/html; charset=utf-8", PAGE));
      w.write(response("http://a.example/logo.png", "image/png", "\u0089PNG"));
      w.write(response("http://a.example/two", "text/html", PAGE.replace("Friday", "Monday")));
    }
    read(file);
    assertEquals(List.of("http://a.example/one", "http://a.example/two"), docs.stream().map(RawDocument::url).toList());
    assertTrue(docs.stream().allMatch(d -> d.format() == Format.HTML));
    assertTrue(docs.get(1).content().contains("Monday"));
    assertTrue(skips.isEmpty(), skips.toString());
  }

  @Test
  void aWarcWithGarbageAfterAGoodRecordKeepsTheGoodRecord() throws IOException {
    Path file = dir.resolve("bad.warc");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      w.write(response("http://a.example/one", "text/html", PAGE));
    }
    Files.write(file, "WARC/1.0\r\nthis is not a header\r\n\r\ngarbage".getBytes(StandardCharsets.US_ASCII),
        StandardOpenOption.APPEND);
    read(file);
    assertEquals(1, docs.size());
    assertTrue(onlySkip().reason().contains("WARC"), skips.toString());
  }

  @Test
  void aWarcThatIsNotAWarcIsSkipped() throws IOException {
    byte[] bytes = new byte[3000];
    new Random(3).nextBytes(bytes);
    read(write("junk.warc", bytes));
    assertTrue(docs.isEmpty());
    onlySkip();
  }

  @Test
  void theDateInThePathBecomesAFilenameHint() throws IOException {
    read(write("2011-04-22/17.htm.txt", PROSE.getBytes(StandardCharsets.UTF_8)));
    assertEquals("2011-04-22", docs.get(0).hints().published());
    assertEquals("filename", docs.get(0).hints().publishedFrom());
  }

  @Test
  void aDatedFolderAboveTheNamedFolderDatesNoPage() throws IOException {
    Path file = write("2019-01-01-backup/corpus/17.htm.txt", PROSE.getBytes(StandardCharsets.UTF_8));
    Path named = file.getParent();
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE, List.of(named)).read(file, docs::add, skips::add);
    assertNull(docs.get(0).hints().published());
  }

  @Test
  void aDatedFolderBelowTheNamedFolderDatesItsPages() throws IOException {
    Path file = write("2019-01-01-backup/corpus/2011-04-22/17.htm.txt", PROSE.getBytes(StandardCharsets.UTF_8));
    Path named = file.getParent().getParent();
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE, List.of(named)).read(file, docs::add, skips::add);
    assertEquals("2011-04-22", docs.get(0).hints().published());
  }

  @Test
  void aFileNamedDirectlyKeepsTheDateOfItsPathAsTyped() throws IOException {
    Path file = write("2011-04-22/17.htm.txt", PROSE.getBytes(StandardCharsets.UTF_8));
    new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.NONE, List.of(file)).read(file, docs::add, skips::add);
    assertEquals("2011-04-22", docs.get(0).hints().published());
  }

  @Test
  void aUserDateBeatsThePathDate() throws IOException {
    Path csv = write("dates.csv", "17.htm.txt,2011-05-01\n".getBytes(StandardCharsets.UTF_8));
    Inputs withDates = new Inputs(Inputs.DEFAULT_MAX_BYTES, PublishedDates.load(csv));
    withDates.read(write("2011-04-22/17.htm.txt", PROSE.getBytes(StandardCharsets.UTF_8)), docs::add, skips::add);
    assertEquals("2011-05-01", docs.get(0).hints().published());
    assertEquals("user", docs.get(0).hints().publishedFrom());
  }

  @Test
  void filesWalksFoldersRecursivelyInAStableOrder() throws IOException {
    write("b/2.txt", new byte[] {'x'});
    write("a/c/3.txt", new byte[] {'x'});
    write("a/1.txt", new byte[] {'x'});
    List<Path> files = Inputs.files(List.of(dir));
    assertEquals(List.of(dir.resolve("a/1.txt"), dir.resolve("a/c/3.txt"), dir.resolve("b/2.txt")), files);
  }

  @Test
  void filesReportsABrokenLinkALinkLoopAndANamedPipeOnceEachAndListsTheRest() throws Exception {
    write("a/1.txt", PROSE.getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(dir.resolve("a/broken.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(dir.resolve("a/loop"), dir);
    Path pipe = dir.resolve("a/pipe.txt");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo here");
    List<Skip> listing = new ArrayList<>();
    List<Path> files = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> Inputs.files(List.of(dir), listing::add));
    assertEquals(List.of(dir.resolve("a/1.txt")), files);
    assertEquals(List.of(
        "skipped " + dir.resolve("a/broken.txt") + ": broken symbolic link",
        "skipped " + dir.resolve("a/loop") + ": symbolic link loop (it leads back to a folder above it)",
        "skipped " + pipe + ": not a regular file (a named pipe, socket or device)"),
        listing.stream().map(Skip::toString).sorted().toList());
  }

  @Test
  void aLinkToAFolderElsewhereIsWalked() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("2.txt"), PROSE);
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createSymbolicLink(corpus.resolve("linked"), outside);
    List<Skip> listing = new ArrayList<>();
    assertEquals(List.of(corpus.resolve("linked/2.txt")), Inputs.files(List.of(corpus), listing::add));
    assertEquals(List.of(), listing);
  }

  @Test
  void anUnreadableSubfolderIsOneSkipLineAndTheOtherFilesAreListed() throws IOException {
    write("a/1.txt", PROSE.getBytes(StandardCharsets.UTF_8));
    Path locked = write("locked/2.txt", PROSE.getBytes(StandardCharsets.UTF_8)).getParent();
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      // root reads any folder: there is nothing to test then
      Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
      List<Skip> listing = new ArrayList<>();
      assertEquals(List.of(dir.resolve("a/1.txt")), Inputs.files(List.of(dir), listing::add));
      assertEquals(List.of("skipped " + locked + ": cannot list folder: permission denied"),
          listing.stream().map(Skip::toString).toList());
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void filesFailsNamingAMissingPath() {
    Path missing = dir.resolve("nope");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inputs.files(List.of(missing)));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void aFileThatVanishesIsSkipped() {
    read(dir.resolve("gone.txt"));
    assertTrue(docs.isEmpty());
    onlySkip();
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws IOException {
    byte[] text = PROSE.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    read(write("wide-bom.txt", bytes));
    assertTrue(skips.isEmpty(), skips.toString());
    assertEquals(PROSE, docs.get(0).content());
  }

  @Test
  void jsonlWithAByteOrderMarkReadsItsFirstLine() throws IOException {
    byte[] body = "{\"text\": \"first\"}\n{\"text\": \"second\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    read(write("bom.jsonl", bytes));
    assertTrue(skips.isEmpty(), skips.toString());
    assertEquals(List.of("first", "second"), docs.stream().map(RawDocument::content).toList());
  }

  @Test
  void jsonlPublishedValuesAreReadAsIsoDatesOrDroppedWithAWarning() throws IOException {
    String jsonl = "{\"text\": \"a\", \"published\": \"2016-03-25T10:30:00Z\"}\n"
        + "{\"text\": \"b\", \"published\": \"March 25, 2016\"}\n"
        + "{\"text\": \"c\", \"published\": \"yesterday\"}\n"
        + "{\"text\": \"d\", \"published\": \"2016-02-30\"}\n";
    Path file = write("dates.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    read(file);
    assertEquals(4, docs.size());
    assertEquals("2016-03-25T10:30:00Z", docs.get(0).hints().published());
    assertEquals("2016-03-25", docs.get(1).hints().published());
    assertEquals("meta", docs.get(1).hints().publishedFrom());
    assertEquals(null, docs.get(2).hints().published());
    assertEquals(null, docs.get(2).hints().publishedFrom());
    assertEquals(null, docs.get(3).hints().published());
    assertEquals(List.of(file + ":3", file + ":4"), skips.stream().map(Skip::source).toList());
    assertTrue(skips.stream().noneMatch(Skip::skipped), skips.toString());
  }

  @Test
  void anHttpCharsetThatContradictsUtf8BytesIsOverruled() throws IOException {
    Path file = dir.resolve("mislabelled.warc");
    String page = PAGE.replace("Friday", "Friday’s summit in Zürich");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      w.write(response("http://a.example/one", "text/html; charset=ISO-8859-1", page));
    }
    read(file);
    assertTrue(docs.get(0).content().contains("Friday’s summit in Zürich"), docs.get(0).content());
  }

  @Test
  void aHugeNulFilledJsonlIsSkippedAsBinaryWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.jsonl");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L << 20);
    }
    long start = System.nanoTime();
    read(file);
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("binary"), skips.toString());
  }

  @Test
  void aJsonlLineOverTheLimitIsSkippedAndTheNextLineIsRead() throws IOException {
    Inputs small = new Inputs(100, PublishedDates.NONE);
    String jsonl = "{\"text\": \"" + "word ".repeat(5000) + "\"}\n{\"text\": \"short\"}\n";
    Path file = write("long.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    small.read(file, docs::add, skips::add);
    assertEquals(List.of("short"), docs.stream().map(RawDocument::content).toList());
    assertEquals(file + ":1", onlySkip().source());
  }

  @Test
  void anEmptyWarcIsSkipped() throws IOException {
    read(write("empty.warc.gz", new byte[0]));
    assertTrue(onlySkip().reason().contains("empty"), skips.toString());
  }

  @Test
  void aWarcWithoutHtmlPagesIsReported() throws IOException {
    Path file = dir.resolve("images.warc");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      w.write(response("http://a.example/logo.png", "image/png", "\u0089PNG"));
    }
    read(file);
    assertTrue(docs.isEmpty());
    assertTrue(onlySkip().reason().contains("no HTML"), skips.toString());
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).build();
  }
}
