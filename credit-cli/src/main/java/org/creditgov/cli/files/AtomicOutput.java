package org.creditgov.cli.files;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears whole or not at all: everything is written to a temporary file in the
 * target's directory ({@code .<name>.<random>.part}), which {@link #commit()} flushes to the disk
 * and renames onto the target in one atomic step ({@link StandardCopyOption#ATOMIC_MOVE}). Closing
 * without a commit — a malformed record under {@code --on-error=fail}, an error, Ctrl-C — deletes
 * the temporary file; a process killed outright leaves at most the temporary file, never a
 * half-written target. Not thread-safe.
 */
public final class AtomicOutput implements Closeable {

  /** The temporary files not yet committed, deleted if the JVM is stopped (Ctrl-C, SIGTERM). */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // the JVM is stopping: nothing more can be done about a file that cannot be deleted
      }
    }), "credit-temp-cleanup"));
  }

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean done;

  private AtomicOutput(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /**
   * Starts writing {@code target}: creates the temporary file beside it.
   *
   * @throws IOException if the directory cannot be written
   */
  public static AtomicOutput create(Path target) throws IOException {
    Path absolute = requireNonNull(target, "target").toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
    PENDING.add(temp);
    try {
      return new AtomicOutput(absolute, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException | RuntimeException e) {
      PENDING.remove(temp);
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Where to write the content (buffered). */
  public OutputStream stream() {
    return stream;
  }

  /** The file this output becomes. */
  public Path target() {
    return target;
  }

  /**
   * Flushes the content to the disk and renames the temporary file onto the target atomically,
   * replacing a file already there.
   *
   * @throws IOException if the content cannot be written or the rename fails (the target is then
   *     left as it was)
   * @throws IllegalStateException if already committed or closed
   */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    done = true;
    try {
      stream.flush();
      channel.force(true);
      channel.close();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      PENDING.remove(temp);
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      channel.close();
    } finally {
      PENDING.remove(temp);
      Files.deleteIfExists(temp);
    }
  }

  /** The target's name. */
  @Override
  public String toString() {
    return "AtomicOutput[" + target + "]";
  }
}
