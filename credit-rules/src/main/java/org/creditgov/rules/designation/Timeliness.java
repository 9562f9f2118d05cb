package org.creditgov.rules.designation;

/**
 * Whether a step with a working-day deadline was taken in time, as recorded in its event for
 * oversight figures (OPS-2).
 */
public enum Timeliness {
  /** On or before the deadline. */
  ON_TIME,
  /** After the deadline: accepted, flagged, and counted. */
  OVERDUE,
  /** The deadline could not be computed because the working-day calendar does not cover it; flagged. */
  NOT_COMPUTABLE
}
