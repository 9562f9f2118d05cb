package org.creditgov.audit.entry;

/** The decisions the decision log records (DES-7, SEC-2). */
public enum DecisionKind {
  /** A step of a severe-list designation: proposal, notice, objection, decision, listing, removal (DES-1 … DES-7). */
  DESIGNATION_STEP,
  /** A credit-repair decision: accepted, approved, refused (REP-1 … REP-6). */
  REPAIR_DECISION,
  /** A sanction-measure check and its verdict (SAN-1 … SAN-6, OPS-1). */
  SANCTION_CHECK
}
