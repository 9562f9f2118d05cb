package org.creditgov.core.verdict;

/** How a finding weighs on a verdict, heaviest first. */
public enum Severity {
  /** The act is refused. */
  ERROR,
  /** The act may not simply proceed: a person must record an assessment first (as SAN-4 requires). */
  REVIEW,
  /** The act may proceed; the finding is flagged (for oversight, OPS-2). */
  WARNING,
  /** For information only. */
  INFO
}
