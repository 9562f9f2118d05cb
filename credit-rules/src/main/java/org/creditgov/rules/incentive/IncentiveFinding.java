package org.creditgov.rules.incentive;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of an incentive eligibility check ({@link IncentiveRegistry#check}), INC-1. An
 * error means the subject is not eligible, with the reason; no incentive list in force is the
 * rule-set finding {@code ruleset.NOT_IN_FORCE}. Messages: {@code messages.properties} (English)
 * and {@code messages_zh.properties} beside this class, templates over each constant's named facts
 * (the {@link IncentiveFacts} keys); no fact carries personal data.
 */
public enum IncentiveFinding implements FindingType {
  /**
   * No incentive of that code is on the lists in force. Facts: {@code incentiveCode} (code),
   * {@code jurisdiction} (term), {@code date} (date), {@code lists} (terms: the titles of the list
   * versions in force).
   */
  INCENTIVE_NOT_ON_LIST(Severity.ERROR),
  /**
   * The incentive is not for the subject's type. Facts: {@code incentive} (term), {@code
   * subjectType} (term), {@code eligibleTypes} (terms).
   */
  SUBJECT_TYPE_NOT_ELIGIBLE(Severity.ERROR),
  /**
   * A listing is in force on the date. Facts: {@code incentive} (term), {@code listing} (code: the
   * designation id), {@code listType} (term), {@code date} (date); and {@code listedUntil} (date:
   * the first day off the list as the listing period stands).
   */
  LISTING_IN_FORCE(Severity.ERROR),
  /**
   * Serious dishonesty information that has not been repaired. Facts: {@code incentive} (term),
   * {@code item} (code: the catalog item), {@code decidedOn} (date).
   */
  UNREPAIRED_SERIOUS_DISHONESTY(Severity.ERROR),
  /** Credit commitments were not kept. Facts: {@code incentive} (term), {@code unkept} (count). */
  COMMITMENTS_NOT_KEPT(Severity.ERROR);

  private final Severity severity;

  IncentiveFinding(Severity severity) {
    this.severity = severity;
  }

  /** {@code incentive}: codes are {@code incentive.NAME}. */
  @Override
  public String namespace() {
    return "incentive";
  }

  /** Always {@link RequirementId#INC_1}. */
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
