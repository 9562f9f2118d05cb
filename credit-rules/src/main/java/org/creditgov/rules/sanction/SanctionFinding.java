package org.creditgov.rules.sanction;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of {@link SanctionChecker#check(SanctionRequest)}, each with the requirement it
 * serves and its severity. Errors refuse the measure; {@link Severity#REVIEW} findings (SAN-4) hold
 * it until a person records a leniency assessment, so such a request is never simply allowed.
 * Messages: {@code messages.properties} (English) and {@code messages_zh.properties} beside this
 * class; no argument carries personal data (codes, dates, classes and kinds only).
 */
public enum SanctionFinding implements FindingType {
  // SAN-1 list management
  /** No national basic measure list is in force on the request's date. */
  NO_LIST_IN_FORCE(RequirementId.SAN_1, Severity.ERROR),
  /** The measure is not on the list in force in the jurisdiction on the date. */
  MEASURE_NOT_ON_LIST(RequirementId.SAN_1, Severity.ERROR),
  /** The subject is of a type the measure does not apply to: the target scope may not be widened. */
  SUBJECT_TYPE_NOT_COVERED(RequirementId.SAN_1, Severity.ERROR),
  /** The implementing body is of a kind the list does not name for the measure. */
  BODY_KIND_NOT_LISTED(RequirementId.SAN_1, Severity.ERROR),
  /** The measure rests on a listing of a list the measure does not target. */
  LISTING_NOT_TARGETED(RequirementId.SAN_1, Severity.ERROR),
  // SAN-2 basis and fact
  /** The request states no fact of dishonest conduct. */
  NO_CONDUCT_FACT(RequirementId.SAN_2, Severity.ERROR),
  /** A conduct fact names no decision document or listing it rests on. */
  FACT_WITHOUT_DOCUMENT(RequirementId.SAN_2, Severity.ERROR),
  /** A conduct fact is dated after the request. */
  FACT_AFTER_DATE(RequirementId.SAN_2, Severity.ERROR),
  /** A measure reducing an organisation's rights rests on a credit score, not on a fact of conduct. */
  SCORE_NOT_A_FACT(RequirementId.SAN_2, Severity.ERROR),
  /** The request cites no legal basis. */
  BASIS_NOT_CITED(RequirementId.SAN_2, Severity.ERROR),
  /** The request cites none of the measure's own legal bases: the citation is indirect. */
  BASIS_INDIRECT(RequirementId.SAN_2, Severity.ERROR),
  /** The request cites the measure's bases only below the level a rights-reducing measure needs. */
  BASIS_BELOW_LEVEL(RequirementId.SAN_2, Severity.ERROR),
  /** The qualifying basis cited is not in force on the date. */
  BASIS_NOT_IN_FORCE(RequirementId.SAN_2, Severity.ERROR),
  /** The request rests on a list membership but names no listing. */
  LISTING_MISSING(RequirementId.SAN_2, Severity.ERROR),
  /** The listing the measure rests on is not in force on the date: expired, repaired, revoked … */
  LISTING_NOT_IN_FORCE(RequirementId.SAN_2, Severity.ERROR),
  /** The listing is of another subject. */
  LISTING_OF_OTHER_SUBJECT(RequirementId.SAN_2, Severity.ERROR),
  // SAN-3 relevance and proportionality
  /** No conduct fact is in a field the measure applies to. */
  FIELD_UNRELATED(RequirementId.SAN_3, Severity.ERROR),
  /** The measure is heavier than the conduct's severity class allows. */
  TOO_HEAVY_FOR_SEVERITY(RequirementId.SAN_3, Severity.ERROR),
  /** The requested duration is longer than the measure's maximum. */
  LONGER_THAN_MAXIMUM(RequirementId.SAN_3, Severity.ERROR),
  // SAN-4 leniency
  /** The subject is a minor on the date and the measure may not apply to minors. */
  MINOR_EXCLUDED(RequirementId.SAN_4, Severity.ERROR),
  /** Conduct of a minor, without a recorded leniency assessment. */
  MINOR_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct under force majeure, without a recorded leniency assessment. */
  FORCE_MAJEURE_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct that was not intentional, without a recorded leniency assessment. */
  UNINTENTIONAL_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct whose intent is not established, without a recorded leniency assessment. */
  INTENT_NOT_ESTABLISHED(RequirementId.SAN_4, Severity.REVIEW),
  /** Minor (轻微) conduct, without a recorded leniency assessment. */
  MINOR_CONDUCT_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** A leniency assessment was recorded for the circumstances of SAN-4. */
  LENIENCY_ASSESSED(RequirementId.SAN_4, Severity.INFO),
  // SAN-5
  /** A public body requires a financial institution, agency, association or medium to sanction. */
  COMPELLED_MARKET_SANCTION(RequirementId.SAN_5, Severity.ERROR),
  // SAN-6
  /** A natural person is sanctioned because of a credit score. */
  SCORE_SANCTION_OF_INDIVIDUAL(RequirementId.SAN_6, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  SanctionFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  /** The requirement the finding serves. */
  @Override
  public String namespace() {
    return "sanction";
  }

  @Override
  public RequirementId requirement() {
    return requirement;
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
    return ResourceBundle.getBundle("org.creditgov.rules.sanction.messages", locale);
  }
}
