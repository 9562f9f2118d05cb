package org.creditgov.audit;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the tamper evidence (SEC-2; the retention of SEC-3 rests on them): why a
 * checkpoint was refused ({@link CheckpointVerifier}) and what a whole-log verification found
 * ({@link AuditLogVerifier}). Messages: {@code messages.properties} (English) and {@code
 * messages_zh.properties} beside this class; arguments are sizes, indexes and key names, never an
 * entry's content.
 */
public enum AuditFinding implements FindingType {
  /** The text is not a signed note with a checkpoint body. */
  NOTE_MALFORMED(Severity.ERROR),
  /** The checkpoint is of another log. */
  ORIGIN_MISMATCH(Severity.ERROR),
  /** No signature line of the log's key. */
  LOG_SIGNATURE_MISSING(Severity.ERROR),
  /** The log's signature does not verify. */
  LOG_SIGNATURE_INVALID(Severity.ERROR),
  /** No cosignature of a required witness. */
  COSIGNATURE_MISSING(Severity.ERROR),
  /** A witness's cosignature does not verify. */
  COSIGNATURE_INVALID(Severity.ERROR),
  /** The checkpoint covers more entries than the log holds. */
  SIZE_BEYOND_LOG(Severity.ERROR),
  /** The log's entries do not hash to the checkpoint's root at its size. */
  ROOT_DOES_NOT_HOLD(Severity.ERROR),
  /** The checkpoint is smaller than one accepted before. */
  SIZE_SHRINKS(Severity.ERROR),
  /** The checkpoint is not an extension of one accepted before. */
  INCONSISTENT_WITH_PREVIOUS(Severity.ERROR),

  /** Entries whose content changed, by index. */
  ENTRY_CHANGED(Severity.ERROR),
  /** Entries that are gone, by original index. */
  ENTRY_DELETED(Severity.ERROR),
  /** Entries that were never logged, by the position where they were found. */
  ENTRY_INSERTED(Severity.ERROR),
  /** An entry found at another position than its own. */
  ENTRY_REORDERED(Severity.ERROR),
  /** Entries missing from the end of the log. */
  ENTRIES_TRUNCATED(Severity.ERROR),
  /** A record whose framing or checksum is damaged; what follows it in that file could not be read. */
  RECORD_DAMAGED(Severity.ERROR),
  /** The entries do not hash to the root of a signed checkpoint. */
  ROOT_MISMATCH(Severity.ERROR),
  /** The entries do not hash to the root of the witness's cosigned checkpoint. */
  WITNESS_ROOT_MISMATCH(Severity.ERROR),
  /** A checkpoint of the log's history does not verify or contradicts an earlier one. */
  CHECKPOINT_INVALID(Severity.ERROR),
  /** The stored leaf hashes do not match the signed checkpoint: a change is located between two checkpoints only. */
  CHANGED_WITHIN(Severity.ERROR),
  /** A stored tree hash differs from the entries, which match the checkpoint: the tree files need a rebuild. */
  STORED_TREE_DAMAGED(Severity.REVIEW),
  /** The last segment ends inside a record: a crash, or a log being written. */
  TORN_TAIL(Severity.REVIEW),
  /** The log has no valid signed checkpoint: nothing authenticates its entries. */
  NO_CHECKPOINT(Severity.REVIEW),
  /** Entries after the latest checkpoint, not yet covered by a signature. */
  UNCHECKPOINTED_ENTRIES(Severity.INFO);

  private final Severity severity;

  AuditFinding(Severity severity) {
    this.severity = severity;
  }

  /** {@code audit}. */
  @Override
  public String namespace() {
    return "audit";
  }

  /** Always {@link RequirementId#SEC_2}. */
  @Override
  public RequirementId requirement() {
    return RequirementId.SEC_2;
  }

  /** How the finding weighs on the verdict. */
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * The messages of this package, loaded from this module.
   *
   * @throws java.util.MissingResourceException if the bundle is missing
   */
  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.audit.messages", locale);
  }
}
