package org.creditgov.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;

/**
 * What a command runs with: its standard streams, the clock (today in China, for identity numbers
 * and calendars), its language, and whether standard error is a terminal (a progress bar is drawn
 * only then).
 *
 * @param in standard input
 * @param out standard output: results
 * @param err standard error: progress and problems
 * @param clock the clock
 * @param texts the language
 * @param terminal whether a person watches standard error
 */
public record Env(InputStream in, PrintStream out, PrintStream err, Clock clock, Texts texts, boolean terminal) {

  /** Checks for nulls. */
  public Env {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(clock, "clock");
    requireNonNull(texts, "texts");
  }
}
