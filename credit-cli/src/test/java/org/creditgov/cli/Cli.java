package org.creditgov.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Runs a {@code credit} command line in this JVM, as the shell would, and keeps what it printed. */
public final class Cli {

  /** The clock of the tests: 2026-06-01 10:00 in China. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** What a run printed and returned. */
  public record Run(int code, String out, String err) {
    /** Both streams. */
    public String all() {
      return out + err;
    }
  }

  private Cli() {}

  /** Runs {@code args} in English. */
  public static Run run(String... args) {
    return run(Locale.ENGLISH, "", args);
  }

  /** Runs {@code args} with {@code locale} as the system's language and {@code stdin} as input. */
  public static Run run(Locale locale, String stdin, String... args) {
    return run(CLOCK, locale, stdin, args);
  }

  /** Runs {@code args} on {@code clock}'s day, with {@code locale} as the system's language and {@code stdin} as input. */
  public static Run run(Clock clock, Locale locale, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), clock,
        false, locale);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
