package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;

/**
 * A {@link SanctionChecker} whose every check is written to a {@link DecisionLog} as a {@link
 * Decision.SanctionCheck} (SAN-1 … SAN-6, DES-7, SEC-2): the subject by reference, the implementing
 * body as the department, the system that asked as the actor, the measure, the date and the
 * verdict. The checker is untouched; the verdict returned is the checker's.
 */
public final class LoggingSanctionChecker {

  private final SanctionChecker checker;
  private final DecisionLog log;
  private final String actor;

  private LoggingSanctionChecker(SanctionChecker checker, DecisionLog log, String actor) {
    this.checker = checker;
    this.log = log;
    this.actor = actor;
  }

  /**
   * The checker, writing to {@code log} with {@code actor} (an officer's internal id or the name of
   * the system that asks, never a personal identifier) as who asked.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public static LoggingSanctionChecker of(SanctionChecker checker, DecisionLog log, String actor) {
    requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("an actor is not blank");
    }
    return new LoggingSanctionChecker(requireNonNull(checker, "checker"), requireNonNull(log, "log"), actor);
  }

  /** The checker the requests go to. */
  public SanctionChecker checker() {
    return checker;
  }

  /**
   * {@link SanctionChecker#check}, then the check written to the log.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Verdict check(SanctionRequest request) {
    Verdict v = checker.check(request);
    log.record(new Decision.SanctionCheck(SubjectRef.of(request.subject()), request.implementingBody(), actor,
        request.jurisdiction(), request.date(), request.measureCode(), v));
    return v;
  }

  @Override
  public String toString() {
    return "LoggingSanctionChecker[" + checker + ", " + log + "]";
  }
}
