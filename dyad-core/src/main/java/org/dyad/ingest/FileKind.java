package org.dyad.ingest;

import java.nio.file.Path;
import java.util.Locale;
import org.dyad.model.RawDocument.Format;

/** The kinds of input file, recognised by extension (".gz" allowed on each). */
enum FileKind {
  TEXT(false), TEXT_GZ(true), HTML(false), HTML_GZ(true), WARC(false), JSONL(false), UNSUPPORTED(false);

  private final boolean gzipped;

  FileKind(boolean gzipped) {
    this.gzipped = gzipped;
  }

  boolean gzipped() {
    return gzipped;
  }

  Format format() {
    return this == HTML || this == HTML_GZ ? Format.HTML : Format.TEXT;
  }

  static FileKind of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gz = name.endsWith(".gz");
    String base = gz ? name.substring(0, name.length() - 3) : name;
    if (base.endsWith(".warc")) {
      return WARC;
    }
    if (base.endsWith(".jsonl")) {
      return gz ? UNSUPPORTED : JSONL;
    }
    if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
      return gz ? HTML_GZ : HTML;
    }
    if (base.endsWith(".txt")) {
      return gz ? TEXT_GZ : TEXT;
    }
    return UNSUPPORTED;
  }
}
