package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void plainUtf8IsReadWithoutACaveat() throws Exception {
    Charsets.Decoded d = Charsets.decode("Café in Zürich".getBytes(StandardCharsets.UTF_8), null);
    assertEquals("Café in Zürich", d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertNull(d.note());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Hello".getBytes(StandardCharsets.UTF_8));
    assertEquals("Hello", Charsets.decode(bytes, null).text());
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Привет".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Привет".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Привет", Charsets.decode(le, null).text());
    assertEquals("Привет", Charsets.decode(be, null).text());
  }

  @Test
  void aDeclaredCharsetIsHonoured() throws Exception {
    String page = "<html><head><meta charset=\"windows-1251\"></head><body>Москва</body></html>";
    Charsets.Decoded d = Charsets.decode(page.getBytes(Charset.forName("windows-1251")), null);
    assertTrue(d.text().contains("Москва"), d.text());
    assertNull(d.note());
  }

  @Test
  void theHttpCharsetBeatsTheMetaDeclaration() throws Exception {
    String page = "<meta charset=\"utf-8\"><p>Москва</p>";
    Charsets.Decoded d = Charsets.decode(page.getBytes(Charset.forName("KOI8-R")), "KOI8-R");
    assertTrue(d.text().contains("Москва"), d.text());
  }

  @Test
  void latin1BytesDeclaredAsUtf8AreReadAsWindows1252WithACaveat() throws Exception {
    String page = "<html><head><meta charset=\"utf-8\"></head><body>Café – “quoted” €5</body></html>";
    Charsets.Decoded d = Charsets.decode(page.getBytes(WINDOWS_1252), null);
    assertTrue(d.text().contains("Café – “quoted” €5"), d.text());
    assertEquals(WINDOWS_1252, d.charset());
    assertTrue(d.note().contains("UTF-8") && d.note().contains("Windows-1252"), d.note());
  }

  @Test
  void anIso88591DeclarationIsReadAsWindows1252LikeBrowsersDo() throws Exception {
    String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>€5 – ok</p>";
    assertTrue(Charsets.decode(page.getBytes(WINDOWS_1252), null).text().contains("€5 – ok"));
  }

  @Test
  void anUnknownDeclaredCharsetFallsBackToUtf8() throws Exception {
    String page = "<meta charset=\"no-such-charset\"><p>Café</p>";
    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.UTF_8), null);
    assertTrue(d.text().contains("Café"));
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void undeclaredNonUtf8TextIsReadAsWindows1252WithACaveat() throws Exception {
    Charsets.Decoded d = Charsets.decode("Café".getBytes(StandardCharsets.ISO_8859_1), null);
    assertEquals("Café", d.text());
    assertTrue(d.note().contains("Windows-1252"), d.note());
  }

  @Test
  void controlCharacterSoupIsUndecodable() {
    byte[] bytes = new byte[4000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 0xC3);
    }
    Exception e = assertThrows(Charsets.UndecodableException.class, () -> Charsets.decode(bytes, null));
    assertTrue(e.getMessage().contains("not text"), e.getMessage());
  }

  @Test
  void controlShareIsZeroForTextAndHighForBinary() {
    assertEquals(0.0, Charsets.controlShare("line one\nline two\ttabbed\r\n"));
    assertTrue(Charsets.controlShare("\u0001\u0002\u0003a") > 0.5);
    assertEquals(0.0, Charsets.controlShare(""));
  }

  @Test
  void utf8BytesDeclaredAsASingleByteCharsetAreReadAsUtf8WithACaveat() throws Exception {
    String page = "<meta charset=\"windows-1252\"><p>Kerry’s reset in Genève</p>";
    Charsets.Decoded d = Charsets.decode(page.getBytes(StandardCharsets.UTF_8), null);
    assertTrue(d.text().contains("Kerry’s reset in Genève"), d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.note().contains("UTF-8"), d.note());
  }

  @Test
  void asciiDeclaredAsWindows1252StaysWithoutACaveat() throws Exception {
    Charsets.Decoded d = Charsets.decode("<meta charset=\"windows-1252\"><p>plain</p>".getBytes(StandardCharsets.US_ASCII), null);
    assertNull(d.note());
  }
}
