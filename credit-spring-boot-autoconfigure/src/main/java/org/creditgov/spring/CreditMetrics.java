package org.creditgov.spring;

import org.creditgov.core.verdict.Verdict;

/**
 * What the starter counts (OPS-2): verdicts by check, outcome and requirement id; command results
 * by procedure, command and result; outbox deliveries and failures. The actuator side records them
 * with Micrometer ({@code org.creditgov.spring.actuate.MicrometerCreditMetrics}); without Micrometer
 * nothing is counted ({@link #noOp()}). Implementations are thread-safe.
 */
public interface CreditMetrics {

  /**
   * A verdict of a check.
   *
   * @param check what gave it: {@code sanction}, {@code credit-check}, {@code designation} or
   *     {@code repair}
   */
  void verdict(String check, Verdict verdict);

  /**
   * The result of a command.
   *
   * @param procedure {@code designation} or {@code repair}
   * @param command the command's kind as its canonical JSON names it ({@code PROPOSE}, {@code
   *     SERVE_NOTICE}, {@code APPLY}, {@code ACCEPT} …)
   * @param result {@code ACCEPTED}, {@code REFUSED} or {@code CONFLICT}
   */
  void commandResult(String procedure, String command, String result);

  /** Deliveries created by the outbox relay (one per change and connected system). */
  void outboxDelivered(int deliveries);

  /** A run of the outbox relay that failed. */
  void outboxFailed();

  /** Metrics that count nothing. */
  static CreditMetrics noOp() {
    return NoOpCreditMetrics.INSTANCE;
  }
}
