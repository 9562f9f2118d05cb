package org.creditgov.rules.procedure;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.verdict.Verdict;

/**
 * The answer to a command of an event-sourced procedure, in the shape designations answer with:
 * accepted (one event appended), refused (nothing appended, a verdict listing every finding) or a
 * version conflict (another step was recorded first; reload and decide again). A business refusal
 * is never an exception.
 *
 * @param <I> the case id
 * @param <S> the case's state
 * @param <E> the events
 */
public sealed interface CommandResult<I, S, E> {

  /** Whether the command was accepted and its event appended. */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /** The verdict: the warnings of an accepted command, every finding of a refused one, allowed on a conflict. */
  Verdict verdict();

  /**
   * The command was accepted: {@code event} was appended and {@code state} is the case after it.
   * The verdict is allowed but may carry warnings (an overdue step, a deadline not computable or
   * provisional), also recorded in the event.
   *
   * @param state the case after the event
   * @param event the appended event
   * @param verdict the warnings
   */
  record Accepted<I, S, E>(S state, E event, Verdict verdict) implements CommandResult<I, S, E> {
    /** Checks for nulls. */
    public Accepted {
      requireNonNull(state, "state");
      requireNonNull(event, "event");
      requireNonNull(verdict, "verdict");
    }
  }

  /**
   * The command was refused: nothing was appended.
   *
   * @param id the case
   * @param version its unchanged version (0 when it does not exist)
   * @param verdict every finding
   */
  record Refused<I, S, E>(I id, long version, Verdict verdict) implements CommandResult<I, S, E> {
    /** Checks for nulls. */
    public Refused {
      requireNonNull(id, "id");
      requireNonNull(verdict, "verdict");
    }
  }

  /**
   * Another step was recorded first: nothing was appended.
   *
   * @param id the case
   * @param expectedVersion the version the command expected
   * @param actualVersion the version found
   */
  record Conflict<I, S, E>(I id, long expectedVersion, long actualVersion) implements CommandResult<I, S, E> {
    /** Checks for nulls. */
    public Conflict {
      requireNonNull(id, "id");
    }

    /** Allowed: a conflict is not a judgement. */
    @Override
    public Verdict verdict() {
      return Verdict.allowed();
    }
  }
}
