package org.creditgov.rules.decision;

/**
 * Where decisions are written (SEC-2, SEC-3, DES-7): the SPI the decorators {@link
 * LoggingDesignationService}, {@link LoggingSanctionChecker} and {@link LoggingCreditCheck} write
 * to. {@link #noOp()} keeps nothing (the default of a procedure used without a log); {@link
 * AuditDecisionLog} keeps each decision as an entry of a tamper-evident {@code AuditLog}.
 *
 * <p>An implementation must be thread-safe, and must return only once the decision is kept (or
 * throw): a decorator calls it after the decision was taken, so a failure surfaces to the caller
 * of the step, who then knows the step is recorded in its own store but not in the log.
 */
public interface DecisionLog {

  /**
   * Keeps {@code decision}.
   *
   * @throws NullPointerException if {@code decision} is null
   * @throws RuntimeException of the implementation's kind if it cannot be kept (for the audit
   *     log, {@code AuditLogException} or {@code AuditEntryException})
   */
  void record(Decision decision);

  /** A log that keeps nothing. */
  static DecisionLog noOp() {
    return NoOpDecisionLog.INSTANCE;
  }
}
