package org.creditgov.rules.designation;

import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.jspecify.annotations.Nullable;

/** Why a subject leaves a severe list (DES-6; seed §二.3 移除条件; §二.10 信用修复). */
public enum RemovalReason implements Bilingual {
  /** The listing period ended (期满移出). Needs no document; recording it is optional. */
  EXPIRED(null, "列入期限届满", "the listing period ended"),
  /** Credit repair was approved (信用修复, REP-3). */
  REPAIRED(Kind.REPAIR_APPROVAL, "信用修复", "credit repair was approved"),
  /** The decision was revoked through a remedy: reconsideration or litigation (救济). */
  REVOKED_ON_REMEDY(Kind.REMEDY_RULING, "经行政复议或者行政诉讼撤销", "revoked on reconsideration or litigation"),
  /** The listing was found erroneous and corrected (纠错, 49号 (八)). */
  ERROR_CORRECTED(Kind.CORRECTION, "错误认定予以纠正", "an erroneous listing corrected");

  private final @Nullable Kind requiredDocument;
  private final String nameZh;
  private final String nameEn;

  RemovalReason(@Nullable Kind requiredDocument, String nameZh, String nameEn) {
    this.requiredDocument = requiredDocument;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The kind of document a removal for this reason must cite; empty for expiry. */
  public Optional<Kind> requiredDocument() {
    return Optional.ofNullable(requiredDocument);
  }

  /** The reason in Simplified Chinese, as a clerk reads it. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The reason in English. */
  @Override
  public String nameEn() {
    return nameEn;
  }
}
