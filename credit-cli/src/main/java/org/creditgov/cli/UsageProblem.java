package org.creditgov.cli;

/**
 * A command given what it cannot work with — a column the file does not have, a profile that does
 * not exist — found after the options were parsed: exit code {@link Exit#USAGE}. Its message is
 * already in the user's language and holds no personal data.
 */
public final class UsageProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem with its message for the user. */
  public UsageProblem(String message) {
    super(message);
  }
}
