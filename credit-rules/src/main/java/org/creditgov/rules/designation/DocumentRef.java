package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * A reference to a document a step rests on (DES-7 "which documents"): its kind, its number (文号
 * or the register number of a filing) and its date. The document itself stays in the department's
 * file system; the number must not contain personal data.
 */
@Value.Immutable
@CreditStyle
public abstract class DocumentRef {

  DocumentRef() {} // subclassed only by the generated ImmutableDocumentRef

  /** Kinds of document in the procedure. */
  public enum Kind {
    /** A legally effective judgment, arbitral award or administrative decision the designation rests on (49号). */
    EFFECTIVE_RULING,
    /** The prior notice (预先告知书), DES-3. */
    PRIOR_NOTICE,
    /** The subject's objection (异议申请), DES-4. */
    OBJECTION,
    /** The written answer to an objection (异议答复), DES-4. */
    OBJECTION_REPLY,
    /** The subject's written waiver of the objection window, DES-4. */
    WRITTEN_WAIVER,
    /** The decision document (认定决定书), DES-5. */
    DECISION,
    /** The record of a withdrawn proposal. */
    WITHDRAWAL,
    /** The approval of credit repair (信用修复决定), DES-6 and REP-3. */
    REPAIR_APPROVAL,
    /** A ruling of reconsideration or litigation that revokes the decision (救济), DES-6. */
    REMEDY_RULING,
    /** The record correcting an erroneous listing (纠错), DES-6. */
    CORRECTION,
    /** Any other document. */
    OTHER
  }

  /**
   * A document reference.
   *
   * @throws IllegalArgumentException if the number is blank
   */
  public static DocumentRef of(Kind kind, String number, LocalDate issuedOn) {
    return ImmutableDocumentRef.of(kind, number, issuedOn);
  }

  /** The kind of document. */
  @Value.Parameter
  public abstract Kind kind();

  /** The document's number. */
  @Value.Parameter
  public abstract String number();

  /** The document's date. */
  @Value.Parameter
  public abstract LocalDate issuedOn();

  @Value.Check
  void check() {
    checkArgument(!number().isBlank(), "a document reference needs a number");
  }
}
