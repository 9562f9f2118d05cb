package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.CreditCheckReport;

/**
 * A {@link CreditCheck} whose every check is written to a {@link DecisionLog} as a {@link
 * Decision.CreditCheck} (OPS-1, DES-7, SEC-2): the subject by reference, the department, the
 * context, the date, and each applying measure's code and verdict. The check is untouched; the
 * report returned is the check's.
 */
public final class LoggingCreditCheck {

  private final CreditCheck check;
  private final DecisionLog log;
  private final String actor;

  private LoggingCreditCheck(CreditCheck check, DecisionLog log, String actor) {
    this.check = check;
    this.log = log;
    this.actor = actor;
  }

  /**
   * The check, writing to {@code log} with {@code actor} (an officer's internal id or the name of
   * the system that asks) as who asked.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public static LoggingCreditCheck of(CreditCheck check, DecisionLog log, String actor) {
    requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("an actor is not blank");
    }
    return new LoggingCreditCheck(requireNonNull(check, "check"), requireNonNull(log, "log"), actor);
  }

  /** The check the queries go to. */
  public CreditCheck creditCheck() {
    return check;
  }

  /**
   * {@link CreditCheck#check}, then the check written to the log.
   *
   * @throws NullPointerException if {@code query} is null
   */
  public CreditCheckReport check(CreditCheckQuery query) {
    CreditCheckReport report = check.check(query);
    ImmutableList.Builder<Decision.MeasureVerdict> measures = ImmutableList.builder();
    report.measures().forEach(m -> measures.add(new Decision.MeasureVerdict(m.measure().code(), m.verdict())));
    log.record(new Decision.CreditCheck(SubjectRef.of(query.subject()), query.department(), actor, query.jurisdiction(),
        query.date(), report.context(), measures.build()));
    return report;
  }

  @Override
  public String toString() {
    return "LoggingCreditCheck[" + check + ", " + log + "]";
  }
}
