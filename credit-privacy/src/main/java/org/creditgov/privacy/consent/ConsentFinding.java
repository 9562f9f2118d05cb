package org.creditgov.privacy.consent;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of consent (namespace {@code consent}): recording, withdrawal and every check of
 * "is this authorised". Facts named below; {@code consent} is always the consent's id (a code), a
 * {@code purpose} a term (code and names) unless said otherwise, instants are written as date and
 * time in China.
 */
public enum ConsentFinding implements FindingType {

  // ------------------------------------------------------------------ recording

  /** The consent was recorded. Facts: {@code consent}, {@code purpose}, {@code validUntil} (instant). */
  RECORDED(RequirementId.PRI_2, Severity.INFO),
  /** A consent without an end: no authorisation for life. Facts: {@code purpose}, {@code maximum} (period). */
  NO_END(RequirementId.PRI_2, Severity.ERROR),
  /** The consent ends before or when it begins. Facts: {@code validFrom}, {@code validUntil} (instants). */
  WINDOW_EMPTY(RequirementId.PRI_2, Severity.ERROR),
  /**
   * The consent lasts longer than its purpose allows. Facts: {@code purpose}, {@code maximum}
   * (period), {@code lastDay} (date: the last day it could last), {@code validUntil} (instant).
   */
  LONGER_THAN_PURPOSE_ALLOWS(RequirementId.PRI_2, Severity.ERROR),
  /** No purpose of this code is in force. Facts: {@code purpose} (code), {@code jurisdiction} (term), {@code date}. */
  UNKNOWN_PURPOSE(RequirementId.PRI_1, Severity.ERROR),
  /** The purpose may not rest on this founding. Facts: {@code purpose}, {@code founding} (term). */
  FOUNDING_NOT_ALLOWED(RequirementId.PRI_4, Severity.ERROR),
  /**
   * A statutory duty cited on an instrument below a law or regulation. Facts: {@code citation}
   * (text), {@code level} (term).
   */
  STATUTORY_BASIS_TOO_LOW(RequirementId.PRI_4, Severity.ERROR),
  /** The purpose needs written consent. Facts: {@code purpose}, {@code method} (term: the method used). */
  WRITTEN_CONSENT_REQUIRED(RequirementId.PRI_4, Severity.ERROR),
  /** The consent authorises no field. */
  SCOPE_EMPTY(RequirementId.PRI_1, Severity.ERROR),
  /** An item of the scope is not in the catalog in force. Facts: {@code item} (code). */
  ITEM_NOT_IN_CATALOG(RequirementId.PRI_1, Severity.ERROR),
  /** A field of the scope is not a field of its item. Facts: {@code item} (term), {@code field} (code). */
  FIELD_NOT_IN_CATALOG(RequirementId.PRI_1, Severity.ERROR),
  /** A field of the scope is one the purpose does not need. Facts: {@code purpose}, {@code item}, {@code field} (terms). */
  BEYOND_PURPOSE(RequirementId.PRI_1, Severity.ERROR),
  /** A field of the scope is a state or commercial secret. Facts: {@code item}, {@code field}, {@code sensitivity} (terms). */
  SECRET_FIELD(RequirementId.PRI_1, Severity.ERROR),
  /** Sensitive personal information without a separate consent. Facts: {@code item}, {@code field} (terms). */
  SENSITIVE_WITHOUT_SEPARATE_CONSENT(RequirementId.PRI_4, Severity.ERROR),
  /** Provision to another processor without a separate consent. Facts: {@code processor} (text). */
  PROVISION_WITHOUT_SEPARATE_CONSENT(RequirementId.PRI_4, Severity.ERROR),
  /**
   * Consent made a condition of a service that does not need the purpose (forced). Facts: {@code
   * service} (text), {@code purpose}.
   */
  FORCED(RequirementId.PRI_2, Severity.ERROR),
  /**
   * One act of consent covering purposes the service does not need (bundled). Facts: {@code
   * service} (text), {@code purposes} (terms: those not needed).
   */
  BUNDLED(RequirementId.PRI_2, Severity.ERROR),
  /** A consent of this id is already recorded. Facts: {@code consent}. */
  ALREADY_RECORDED(RequirementId.PRI_2, Severity.ERROR),

  // ------------------------------------------------------------------ withdrawal

  /** The withdrawal was recorded, with effect from its instant. Facts: {@code consent}, {@code at} (instant). */
  WITHDRAWAL_RECORDED(RequirementId.PRI_4, Severity.INFO),
  /** The consent was already withdrawn. Facts: {@code consent}, {@code at} (instant of the earlier withdrawal). */
  ALREADY_WITHDRAWN(RequirementId.PRI_4, Severity.INFO),
  /** No consent of this id is recorded. Facts: {@code consent}. */
  NOT_FOUND(RequirementId.PRI_2, Severity.ERROR),
  /** The consent is another subject's. Facts: {@code consent}. */
  OTHER_SUBJECT(RequirementId.PRI_2, Severity.ERROR),
  /** An authorisation founded on a statutory duty rests on no consent and cannot be withdrawn. Facts: {@code consent}. */
  NOT_WITHDRAWABLE(RequirementId.PRI_4, Severity.ERROR),
  /** Someone else changed the consent at the same moment: read it again and retry. Facts: {@code consent}. */
  CONCURRENT_CHANGE(RequirementId.PRI_2, Severity.ERROR),

  // ------------------------------------------------------------------ checks

  /** The use is authorised. Facts: {@code consent}, {@code purpose}, {@code validUntil} (instant). */
  AUTHORISED(RequirementId.PRI_2, Severity.INFO),
  /** The consent is not valid yet. Facts: {@code consent}, {@code validFrom} (instant). */
  NOT_YET_VALID(RequirementId.PRI_2, Severity.ERROR),
  /** The consent has expired. Facts: {@code consent}, {@code validUntil} (instant). */
  EXPIRED(RequirementId.PRI_2, Severity.ERROR),
  /** The consent was withdrawn. Facts: {@code consent}, {@code withdrawnAt} (instant). */
  WITHDRAWN(RequirementId.PRI_4, Severity.ERROR),
  /** Every use the consent allowed has been made. Facts: {@code consent}, {@code uses} (count). */
  USED_UP(RequirementId.PRI_2, Severity.ERROR),
  /** The consent authorises another party. Facts: {@code consent}, {@code party} (text: who asked). */
  OTHER_PARTY(RequirementId.PRI_2, Severity.ERROR),
  /** The consent is for another purpose. Facts: {@code consent}, {@code purpose} (the one asked), {@code consented} (terms). */
  OTHER_PURPOSE(RequirementId.PRI_1, Severity.ERROR),
  /** A field asked for is outside the consent's scope. Facts: {@code consent}, {@code item}, {@code field} (terms). */
  OUTSIDE_SCOPE(RequirementId.PRI_1, Severity.ERROR),
  /** No active consent of the subject authorises the party for the purpose. Facts: {@code party} (text), {@code purpose}. */
  NO_MATCHING_CONSENT(RequirementId.PRI_2, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  ConsentFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "consent";
  }

  @Override
  public RequirementId requirement() {
    return requirement;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.privacy.consent.messages", locale);
  }
}
