package org.dyad.model;

import org.dyad.util.Validate;

/**
 * One input document as read from disk, decoded to text, before extraction.
 *
 * @param sourcePath the file it came from (with "#n" for the n-th record of a WARC or JSONL file)
 * @param url the page address when the container gives one, else {@code null}
 * @param format whether {@code content} is plain text or HTML
 * @param content the decoded document
 * @param hints metadata the container or the user supplied (JSONL fields, the date in the path, --published-from)
 */
public record RawDocument(String sourcePath, String url, Format format, String content, Hints hints) {

  /** How the content is encoded. */
  public enum Format { TEXT, HTML }

  /**
   * Metadata from outside the page itself; any field may be {@code null}.
   *
   * @param title a title given by the container (JSONL)
   * @param published an ISO date or date-time given by the container, the user or the file path
   * @param publishedFrom where {@code published} came from: meta, user or filename
   * @param outlet an outlet name given by the container
   */
  public record Hints(String title, String published, String publishedFrom, String outlet) {
    public static final Hints NONE = new Hints(null, null, null, null);

    /** These hints with a publication date from another source, unless one is already set. */
    public Hints withPublishedIfAbsent(String date, String from) {
      return published != null || date == null ? this : new Hints(title, date, from, outlet);
    }
  }

  public RawDocument {
    Validate.notNull(sourcePath, "sourcePath");
    Validate.notNull(format, "format");
    Validate.notNull(content, "content");
    hints = hints == null ? Hints.NONE : hints;
  }
}
