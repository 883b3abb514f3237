package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes bytes to text: byte-order mark, then the declared charset, then strict UTF-8, then Windows-1252. */
final class Charsets {
  // a <meta charset=…> or http-equiv content-type, or an XML declaration, in the first bytes of a page
  private static final Pattern DECLARED = Pattern.compile(
      "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([a-z0-9_\\-:.]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  /** The decoded text; {@code notes} collects a caveat when the declaration was wrong. */
  static Decoded decode(byte[] bytes, String httpCharset) throws UndecodableException {
    Charset bom = byteOrderMark(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, null);
    }
    Charset declared = httpCharset != null ? forName(httpCharset) : declaredIn(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isAscii(bytes)) {
      // non-ASCII bytes that are valid UTF-8 are UTF-8 whatever the label says: servers and templates often
      // declare a legacy charset for UTF-8 pages, while legacy text is almost never valid UTF-8 by chance
      String utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        return new Decoded(utf8, StandardCharsets.UTF_8, "declared " + declared.name() + " but the bytes are UTF-8; "
            + "read as UTF-8");
      }
    }
    if (declared != null) {
      String text = strict(bytes, declared);
      if (text != null) {
        return new Decoded(text, declared, null);
      }
    }
    return fallback(bytes, declared);
  }

  private static Decoded fallback(byte[] bytes, Charset declared) throws UndecodableException {
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    String note = declared == null ? null : "declared " + declared.name() + " but the bytes are not";
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, note == null ? null : note + "; read as UTF-8");
    }
    String latin = new String(bytes, WINDOWS_1252);
    if (controlShare(latin) > 0.02) {
      throw new UndecodableException("not text in any supported encoding (UTF-8, UTF-16 with BOM, "
          + "Windows-1252 or a declared charset)");
    }
    String why = note != null ? note : "not valid UTF-8";
    return new Decoded(latin, WINDOWS_1252, why + "; read as Windows-1252");
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** True when the bytes start with a UTF-8 or UTF-16 byte-order mark. */
  static boolean hasByteOrderMark(byte[] bytes) {
    return byteOrderMark(bytes) != null;
  }

  private static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset declaredIn(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? forName(m.group(1)) : null;
  }

  private static Charset forName(String name) {
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      // browsers read iso-8859-1 declarations as windows-1252; so do we
      return n.equals("iso-8859-1") || n.equals("latin1") ? WINDOWS_1252 : Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Share of characters that are control characters other than whitespace: high for binary data. */
  static double controlShare(CharSequence s) {
    int n = Math.min(s.length(), 65536);
    if (n == 0) {
      return 0;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
        bad++;
      }
    }
    return bad / (double) n;
  }

  /** Decoded text, the charset used, and a caveat or {@code null}. */
  record Decoded(String text, Charset charset, String note) {}

  /** The bytes are not text in any charset we can recognise. */
  static final class UndecodableException extends Exception {
    UndecodableException(String message) {
      super(message);
    }
  }
}
