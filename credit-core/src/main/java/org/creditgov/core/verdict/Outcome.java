package org.creditgov.core.verdict;

/** What a verdict decides, from the heaviest severity among its findings. */
public enum Outcome {
  /** No finding refuses or holds the act: it may proceed (warnings may be attached). */
  ALLOWED,
  /** A finding of {@link Severity#REVIEW}: the act waits for a recorded human assessment. */
  NEEDS_REVIEW,
  /** A finding of {@link Severity#ERROR}: the act is refused. */
  REFUSED
}
