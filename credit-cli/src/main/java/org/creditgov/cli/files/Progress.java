package org.creditgov.cli.files;

import com.google.common.base.Stopwatch;
import com.google.common.base.Ticker;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.creditgov.cli.Texts;

/**
 * A progress bar on standard error, redrawn in place at most four times a second: the share of the
 * input read, rows, rows per second and the time left. Drawn only when a person watches (standard
 * error is a terminal and {@code --no-progress} is not given); otherwise every call does nothing,
 * so piped output and logs stay clean. Elapsed time comes from a {@link Ticker}, not the clock:
 * it measures, it never dates anything. Not thread-safe.
 */
public final class Progress {

  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final int WIDTH = 24;

  private final PrintStream err;
  private final Texts texts;
  private final long totalBytes;
  private final boolean enabled;
  private final Stopwatch watch;
  private long lastDraw;
  private boolean drawn;

  /**
   * A progress bar.
   *
   * @param err where to draw
   * @param texts the language
   * @param totalBytes the size of the input (0 when unknown)
   * @param enabled whether to draw at all
   * @param ticker the source of elapsed time
   */
  public Progress(PrintStream err, Texts texts, long totalBytes, boolean enabled, Ticker ticker) {
    this.err = err;
    this.texts = texts;
    this.totalBytes = totalBytes;
    this.enabled = enabled;
    this.watch = Stopwatch.createStarted(ticker);
  }

  /** Whether the bar is drawn. */
  public boolean enabled() {
    return enabled;
  }

  /** Redraws the bar if it is due: {@code rows} records done, {@code bytes} of the input read. */
  public void update(long rows, long bytes) {
    if (!enabled) {
      return;
    }
    long now = watch.elapsed(TimeUnit.NANOSECONDS);
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    draw(rows, bytes, now);
  }

  /** Clears the bar's line, so that a message can be printed. */
  public void clear() {
    if (enabled && drawn) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }

  /** Draws the final state and ends the line. */
  public void finish(long rows, long bytes) {
    if (!enabled) {
      return;
    }
    draw(rows, bytes, watch.elapsed(TimeUnit.NANOSECONDS));
    err.println();
  }

  private void draw(long rows, long bytes, long nanos) {
    double seconds = Math.max(nanos / 1e9, 1e-3);
    long rate = Math.round(rows / seconds);
    StringBuilder s = new StringBuilder(96).append("\r\u001b[2K");
    if (totalBytes > 0) {
      double share = Math.min(1.0, (double) bytes / totalBytes);
      int full = (int) Math.round(share * WIDTH);
      s.append('[').append("█".repeat(full)).append("░".repeat(WIDTH - full)).append("] ")
          .append(String.format("%3d%%", Math.round(share * 100))).append("  ");
      double bytesPerSecond = bytes / seconds;
      long left = bytesPerSecond > 0 ? Math.round((totalBytes - bytes) / bytesPerSecond) : 0;
      s.append(texts.get("progress.rows", rows, rate, String.format("%d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)));
    } else {
      s.append(texts.get("progress.rowsOnly", rows, rate));
    }
    err.print(s);
    err.flush();
  }

  /** Whether the bar is drawn. */
  @Override
  public String toString() {
    return "Progress[" + (enabled ? "on" : "off") + "]";
  }
}
