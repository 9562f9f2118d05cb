package org.creditgov.rules.incentive;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of an incentive eligibility check ({@link IncentiveList#check}), INC-1. An error
 * means the subject is not eligible, with the reason. Messages: {@code messages.properties}
 * (English) and {@code messages_zh.properties} beside this class; no argument carries personal data.
 */
public enum IncentiveFinding implements FindingType {
  /** The incentive list is not in force on the date. */
  LIST_NOT_IN_FORCE(Severity.ERROR),
  /** The incentive list does not apply in the jurisdiction. */
  OUTSIDE_JURISDICTION(Severity.ERROR),
  /** No incentive of that code is on the list. */
  INCENTIVE_NOT_ON_LIST(Severity.ERROR),
  /** The incentive is not for the subject's type. */
  SUBJECT_TYPE_NOT_ELIGIBLE(Severity.ERROR),
  /** A listing is in force on the date. */
  LISTING_IN_FORCE(Severity.ERROR),
  /** Serious dishonesty information that has not been repaired. */
  UNREPAIRED_SERIOUS_DISHONESTY(Severity.ERROR),
  /** Credit commitments were not kept. */
  COMMITMENTS_NOT_KEPT(Severity.ERROR);

  private final Severity severity;

  IncentiveFinding(Severity severity) {
    this.severity = severity;
  }

  /** Always {@link RequirementId#INC_1}. */
  @Override
  public String namespace() {
    return "incentive";
  }

  @Override
  public RequirementId requirement() {
    return RequirementId.INC_1;
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
    return ResourceBundle.getBundle("org.creditgov.rules.incentive.messages", locale);
  }
}
