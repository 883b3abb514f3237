package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.model.RawDocument;
import org.dyad.model.RawDocument.Format;
import org.dyad.model.RawDocument.Hints;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/** HTML pages from the response (and resource) records of a WARC file; other records are passed over. */
final class WarcDocuments {
  private final long maxBytes;

  WarcDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(Path file, Consumer<RawDocument> out, Consumer<Skip> warn) throws IOException {
    int[] pages = {0};
    Consumer<RawDocument> counted = doc -> {
      pages[0]++;
      out.accept(doc);
    };
    int records = records(file, counted, warn);
    if (pages[0] == 0 && records > 0) {
      warn.accept(Skip.of(file.toString(), "no HTML pages in " + records + " WARC record" + (records == 1 ? "" : "s")));
    }
  }

  /** Reads every record, sending HTML pages to {@code out}; returns how many records were read. */
  private int records(Path file, Consumer<RawDocument> out, Consumer<Skip> warn) throws IOException {
    int n = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(msg -> warn.accept(Skip.warning(file.toString(), "WARC: " + msg)));
      for (WarcRecord record : reader) {
        n++;
        String source = file + "#" + n;
        try {
          readRecord(record, source, out, warn);
        } catch (IOException | RuntimeException e) {
          warn.accept(Skip.of(source, "bad WARC record: " + Inputs.oneLine(e)));
        }
      }
    } catch (RuntimeException e) {
      // jwarc reports a malformed header as an unchecked ParsingException; records before it were kept
      warn.accept(Skip.of(file + "#" + (n + 1), "malformed WARC, rest of file skipped: " + Inputs.oneLine(e)));
      return 0; // already reported
    }
    return n;
  }

  private void readRecord(WarcRecord record, String source, Consumer<RawDocument> out, Consumer<Skip> warn)
      throws IOException {
    if (record instanceof WarcResponse response) {
      if (!isHttp(response.contentType()) || response.http().status() != 200) {
        return;
      }
      MediaType type = response.http().contentType();
      if (isHtml(type)) {
        emit(source, response.target(), response.http().bodyDecoded(), type, out, warn);
      }
    } else if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      emit(source, resource.target(), resource.body(), resource.contentType(), out, warn);
    }
  }

  private void emit(String source, String url, MessageBody body, MediaType type, Consumer<RawDocument> out,
      Consumer<Skip> warn) throws IOException {
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      warn.accept(Skip.of(source, "page too large: over the " + Inputs.megabytes(maxBytes) + " limit"));
      return;
    }
    String charset = type == null ? null : type.parameters().get("charset");
    RawDocument doc = Inputs.decodePage(source, bytes, Format.HTML, url, charset, Hints.NONE, warn);
    if (doc != null) {
      out.accept(doc);
    }
  }

  private static boolean isHttp(MediaType type) {
    return type != null && type.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http");
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
