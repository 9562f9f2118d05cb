package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.verdict.Verdict;

/**
 * The answer to a command: accepted (one event appended), refused (nothing appended, a verdict
 * listing every finding) or a version conflict (another step was recorded first; reload and decide
 * again). A business refusal is never an exception.
 */
public sealed interface CommandResult {

  /** Whether the command was accepted and its event appended. */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * The command was accepted: {@code event} was appended, and {@code designation} is the new state.
   * The verdict is allowed, but may carry warnings (a late notice, an overdue answer, a deadline
   * the calendar could not count), which are also recorded in the event.
   *
   * @param designation the designation after the event
   * @param event the appended event
   * @param verdict the findings, warnings only
   */
  record Accepted(Designation designation, DesignationEvent event, Verdict verdict) implements CommandResult {
    /** Checks for nulls. */
    public Accepted {
      requireNonNull(designation, "designation");
      requireNonNull(event, "event");
      requireNonNull(verdict, "verdict");
    }
  }

  /**
   * The command was refused: nothing was appended. The verdict lists every finding, each with its
   * requirement id, legal bases and messages.
   *
   * @param id the designation
   * @param version its unchanged version (0 when it does not exist)
   * @param verdict every finding
   */
  record Refused(DesignationId id, long version, Verdict verdict) implements CommandResult {
    /** Checks for nulls. */
    public Refused {
      requireNonNull(id, "id");
      requireNonNull(verdict, "verdict");
    }
  }

  /**
   * Another step was recorded first (optimistic concurrency): nothing was appended. Reload the
   * designation, judge again, and retry with its version if the step still makes sense.
   *
   * @param id the designation
   * @param expectedVersion the version the command expected
   * @param actualVersion the version found
   */
  record Conflict(DesignationId id, long expectedVersion, long actualVersion) implements CommandResult {
    /** Checks for nulls. */
    public Conflict {
      requireNonNull(id, "id");
    }
  }
}
