package org.creditgov.spring;

import org.creditgov.core.verdict.Verdict;

/** {@link CreditMetrics#noOp()}. */
enum NoOpCreditMetrics implements CreditMetrics {
  INSTANCE;

  @Override
  public void verdict(String check, Verdict verdict) {}

  @Override
  public void commandResult(String procedure, String command, String result) {}

  @Override
  public void outboxDelivered(int deliveries) {}

  @Override
  public void outboxFailed() {}
}
