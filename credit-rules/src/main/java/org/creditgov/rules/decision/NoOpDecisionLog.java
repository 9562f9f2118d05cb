package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

/** The decision log that keeps nothing. */
enum NoOpDecisionLog implements DecisionLog {
  INSTANCE;

  @Override
  public void record(Decision decision) {
    requireNonNull(decision, "decision");
  }

  @Override
  public String toString() {
    return "DecisionLog.noOp()";
  }
}
