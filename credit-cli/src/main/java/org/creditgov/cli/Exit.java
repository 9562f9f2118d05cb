package org.creditgov.cli;

/**
 * The documented exit codes of every {@code credit} command (docs/cli.md): a script or a CI job
 * tells success, findings, a mistake in the command and a file it could not read or write apart.
 */
public final class Exit {

  /** Done, nothing to report. */
  public static final int OK = 0;
  /** Done, and there are findings or problems: a refusal, lint problems, malformed rows, tampering … */
  public static final int FINDINGS = 1;
  /** The command was not understood: an unknown option, a missing argument, a column that does not exist. */
  public static final int USAGE = 2;
  /** A file could not be read or written. */
  public static final int IO = 3;

  private Exit() {}
}
