package org.dyad.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** stdout handed to a writer that closes what it is given: closing flushes, and stdout stays open. */
final class NonClosingOutput extends FilterOutputStream {
  NonClosingOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
