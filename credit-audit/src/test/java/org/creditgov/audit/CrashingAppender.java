package org.creditgov.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The child JVM of the crash and lock tests. {@code append <dir> <run>}: eight threads append
 * entries and print {@code ACK <index> <sha-256 of the entry>} for each acknowledged one, one of
 * them also signing checkpoints, until the parent kills the process. {@code lock <dir> <go-file>}:
 * waits for the go file, tries to open the log, prints {@code OPENED} (then holds it 3 s) or
 * {@code LOCKED <reason>}.
 */
public final class CrashingAppender {

  private CrashingAppender() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    if (args[0].equals("lock")) {
      Path go = Path.of(args[2]);
      while (!java.nio.file.Files.exists(go)) {
        Thread.onSpinWait();
      }
      try (AuditLog log = AuditLog.open(dir, TestLogs.options(4))) {
        out.println("OPENED");
        Thread.sleep(3000);
      } catch (AuditLogException e) {
        out.println("LOCKED " + e.reason());
      }
      return;
    }
    String run = args[2];
    AuditLog log = AuditLog.open(dir, TestLogs.options(5));
    out.println("OPEN " + log.size());
    Thread[] threads = new Thread[8];
    for (int t = 0; t < threads.length; t++) {
      int thread = t;
      threads[t] = new Thread(() -> {
        for (int i = 0; ; i++) {
          byte[] entry = ("run " + run + " thread " + thread + " entry " + i + " " + "x".repeat(i % 97))
              .getBytes(StandardCharsets.UTF_8);
          long index = log.append(entry);
          String line = "ACK " + index + " " + HexFormat.of().formatHex(ReferenceMerkle.sha(entry));
          synchronized (out) {
            out.println(line);
          }
          if (thread == 0 && i % 25 == 24) {
            Checkpoint cp = log.checkpoint();
            synchronized (out) {
              out.println("CHECKPOINT " + cp.size());
            }
          }
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }
}
