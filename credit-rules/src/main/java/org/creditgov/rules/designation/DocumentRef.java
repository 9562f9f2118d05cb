package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.creditgov.core.Bilingual;
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

  /** Kinds of document in the procedure, with the names a clerk reads. */
  public enum Kind implements Bilingual {
    /** A legally effective judgment, arbitral award or administrative decision the designation rests on (49号). */
    EFFECTIVE_RULING("已生效的司法裁判、仲裁裁决或者行政决定", "a legally effective judgment, award or administrative decision"),
    /** The prior notice (预先告知书), DES-3. */
    PRIOR_NOTICE("预先告知书", "the prior notice"),
    /** The subject's objection (异议申请), DES-4. */
    OBJECTION("异议申请", "the objection"),
    /** The written answer to an objection (异议答复), DES-4. */
    OBJECTION_REPLY("异议答复书", "the written answer to the objection"),
    /** The subject's written waiver of the objection window, DES-4. */
    WRITTEN_WAIVER("当事人放弃异议的书面文件", "the subject's written waiver of the objection"),
    /** The decision document (认定决定书), DES-5. */
    DECISION("认定决定书", "the decision document"),
    /** The record of a withdrawn proposal. */
    WITHDRAWAL("撤回认定的记录", "the record of the withdrawal"),
    /** The approval of credit repair (信用修复决定), DES-6 and REP-3. */
    REPAIR_APPROVAL("信用修复决定书", "the credit-repair approval"),
    /** A ruling of reconsideration or litigation that revokes the decision (救济), DES-6. */
    REMEDY_RULING("撤销认定决定的行政复议决定或者裁判文书", "the reconsideration decision or judgment revoking the decision"),
    /** The record correcting an erroneous listing (纠错), DES-6. */
    CORRECTION("纠错决定", "the correction record"),
    /** Any other document. */
    OTHER("其他文书", "another document");

    private final String nameZh;
    private final String nameEn;

    Kind(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    /** The name in Simplified Chinese. */
    @Override
    public String nameZh() {
      return nameZh;
    }

    /** The name in English. */
    @Override
    public String nameEn() {
      return nameEn;
    }
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
