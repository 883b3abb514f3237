package org.dyad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer lock of a store: {@code writer.lock} in the store folder, locked by the ingest for its whole run
 * and released by the operating system when the process ends, however it ends. Readers never take it.
 */
final class WriterLock implements AutoCloseable {
  static final String FILE = "writer.lock";
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the store in {@code dir}; when another process writes it, waits for it to finish if {@code wait}, else
   * fails at once with a message that says so.
   */
  static WriterLock acquire(Path dir, boolean wait) {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = wait ? lockWaiting(channel) : channel.tryLock();
      if (lock == null) {
        throw new StoreBusyException(busyMessage(dir, holder(file)));
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
      return new WriterLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      close(channel);
      throw new StoreBusyException(busyMessage(dir, "this process"));
    } catch (IOException e) {
      close(channel);
      throw new StoreException("cannot lock " + file, e);
    } catch (RuntimeException e) {
      close(channel);
      throw e;
    }
  }

  /** The message for a store that another ingest is writing. */
  static String busyMessage(Path dir, String holder) {
    return "store " + dir + " is being written by another dyad ingest (" + holder + "); wait for it to finish, "
        + "or run this one with --wait to start when it is done";
  }

  private static FileLock lockWaiting(FileChannel channel) throws IOException {
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        // another store in this process holds it: a JVM-wide lock cannot be waited for, so poll
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while waiting for the store");
        }
      }
    }
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return pid.matches("\\d+") ? "PID " + pid : "another process";
    } catch (IOException e) {
      return "another process";
    }
  }

  private static void close(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was locked
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StoreException("cannot release the writer lock of the store", e);
    }
  }
}
