package org.creditgov.rules.designation;

import java.util.Optional;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.jspecify.annotations.Nullable;

/** Why a subject leaves a severe list (DES-6; seed §二.3 移除条件; §二.10 信用修复). */
public enum RemovalReason {
  /** The listing period ended (期满移出). Needs no document; recording it is optional. */
  EXPIRED(null),
  /** Credit repair was approved (信用修复, REP-3). */
  REPAIRED(Kind.REPAIR_APPROVAL),
  /** The decision was revoked through a remedy: reconsideration or litigation (救济). */
  REVOKED_ON_REMEDY(Kind.REMEDY_RULING),
  /** The listing was found erroneous and corrected (纠错, 49号 (八)). */
  ERROR_CORRECTED(Kind.CORRECTION);

  private final @Nullable Kind requiredDocument;

  RemovalReason(@Nullable Kind requiredDocument) {
    this.requiredDocument = requiredDocument;
  }

  /** The kind of document a removal for this reason must cite; empty for expiry. */
  public Optional<Kind> requiredDocument() {
    return Optional.ofNullable(requiredDocument);
  }
}
