package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Every log line the library wrote during a test run, as {@link CapturingLoggerProvider} captured
 * it: so that tests can say what is logged at which level, and check that no line of the whole
 * suite holds personal data (the library's logging policy). Thread-safe.
 *
 * <pre>{@code
 * int mark = LogCapture.mark();
 * calendar.withFallback(Fallback.WEEKDAYS_ONLY).plusWorkingDays(d, 3);
 * assertThat(LogCapture.since(mark)).anySatisfy(l -> assertThat(l.level()).isEqualTo("WARN"));
 * }</pre>
 *
 * <p>Active when the JVM runs with {@code -Dslf4j.provider=org.creditgov.testkit.CapturingLoggerProvider}
 * (the library's builds set it); otherwise {@link #active()} is false and nothing is captured.
 */
public final class LogCapture {

  /**
   * One captured line.
   *
   * @param level TRACE, DEBUG, INFO, WARN or ERROR
   * @param logger the logger's name
   * @param message the formatted message
   * @param throwable the class and message of the throwable logged with it, or empty
   */
  public record Line(String level, String logger, String message, String throwable) {
    /** Checks for nulls. */
    public Line {
      requireNonNull(level, "level");
      requireNonNull(logger, "logger");
      requireNonNull(message, "message");
      requireNonNull(throwable, "throwable");
    }

    /** {@code LEVEL logger: message [throwable]}. */
    @Override
    public String toString() {
      return level + " " + logger + ": " + message + (throwable.isEmpty() ? "" : " [" + throwable + "]");
    }
  }

  private static final List<Line> LINES = new ArrayList<>();
  private static volatile boolean active;

  private LogCapture() {}

  static void activate() {
    active = true;
  }

  static void add(Line line) {
    synchronized (LINES) {
      LINES.add(line);
    }
  }

  /** Whether the capturing provider is SLF4J's provider in this JVM (initialising SLF4J if need be). */
  public static boolean active() {
    org.slf4j.LoggerFactory.getILoggerFactory();
    return active;
  }

  /** Every line captured so far, oldest first. */
  public static ImmutableList<Line> lines() {
    synchronized (LINES) {
      return ImmutableList.copyOf(LINES);
    }
  }

  /** A mark to pass to {@link #since}. */
  public static int mark() {
    synchronized (LINES) {
      return LINES.size();
    }
  }

  /** The lines captured since {@code mark}. */
  public static ImmutableList<Line> since(int mark) {
    synchronized (LINES) {
      return ImmutableList.copyOf(LINES.subList(Math.min(mark, LINES.size()), LINES.size()));
    }
  }
}
