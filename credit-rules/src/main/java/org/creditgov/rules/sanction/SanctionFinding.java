package org.creditgov.rules.sanction;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of {@link SanctionChecker#check(SanctionRequest)}, each with the requirement it
 * serves and its severity. Errors refuse the measure; {@link Severity#REVIEW} findings (SAN-4) hold
 * it until a person records a leniency assessment, so such a request is never simply allowed.
 * Messages: {@code messages.properties} (English) and {@code messages_zh.properties} beside this
 * class, templates over each constant's named facts (the {@link SanctionFacts} keys); no fact
 * carries personal data (the measure by its names, dates, periods, classes and kinds only).
 */
public enum SanctionFinding implements FindingType {
  // SAN-1 list management (no list in force at all is the rule-set finding ruleset.NOT_IN_FORCE)
  /**
   * The measure is not on the list in force in the jurisdiction on the date. Facts: {@code
   * measureCode} (code), {@code jurisdiction} (term), {@code date} (date), {@code lists} (terms:
   * the titles of the list versions in force).
   */
  MEASURE_NOT_ON_LIST(RequirementId.SAN_1, Severity.ERROR),
  /**
   * The subject is of a type the measure does not apply to: the target scope may not be widened.
   * Facts: {@code measure} (term), {@code subjectType} (term), {@code coveredTypes} (terms).
   */
  SUBJECT_TYPE_NOT_COVERED(RequirementId.SAN_1, Severity.ERROR),
  /** The implementing body is of a kind the list does not name for the measure. Facts: {@code measure} (term), {@code bodyKind} (term). */
  BODY_KIND_NOT_LISTED(RequirementId.SAN_1, Severity.ERROR),
  /** The measure rests on a listing of a list the measure does not target. Facts: {@code measure} (term), {@code listType} (term). */
  LISTING_NOT_TARGETED(RequirementId.SAN_1, Severity.ERROR),
  // SAN-2 basis and fact
  /** The request states no fact of dishonest conduct. Facts: {@code measure} (term). */
  NO_CONDUCT_FACT(RequirementId.SAN_2, Severity.ERROR),
  /** A conduct fact names no decision document or listing it rests on. Facts: {@code factNumber} (count, from 1). */
  FACT_WITHOUT_DOCUMENT(RequirementId.SAN_2, Severity.ERROR),
  /**
   * A conduct fact is dated after the request. Facts: {@code factNumber} (count, from 1), {@code
   * factDate} (date), {@code date} (date: the decision date).
   */
  FACT_AFTER_DATE(RequirementId.SAN_2, Severity.ERROR),
  /** A measure reducing an organisation's rights rests on a credit score, not on a fact of conduct. Facts: {@code measure} (term). */
  SCORE_NOT_A_FACT(RequirementId.SAN_2, Severity.ERROR),
  /** The request cites no legal basis. Facts: {@code measure} (term). */
  BASIS_NOT_CITED(RequirementId.SAN_2, Severity.ERROR),
  /**
   * The request cites none of the measure's own legal bases: the citation is indirect. Facts:
   * {@code measure} (term), {@code citations} (text: the measure's bases as the list gives them).
   */
  BASIS_INDIRECT(RequirementId.SAN_2, Severity.ERROR),
  /** The request cites the measure's bases only below the level a rights-reducing measure needs. Facts: {@code measure} (term). */
  BASIS_BELOW_LEVEL(RequirementId.SAN_2, Severity.ERROR),
  /**
   * The qualifying basis cited is not in force on the date. Facts: {@code measure} (term), {@code
   * citation} (text: the basis cited), {@code date} (date).
   */
  BASIS_NOT_IN_FORCE(RequirementId.SAN_2, Severity.ERROR),
  /** The request rests on a list membership but names no listing. Facts: {@code measure} (term). */
  LISTING_MISSING(RequirementId.SAN_2, Severity.ERROR),
  /**
   * The request rests on information whose credit repair was approved: the sanctions founded on it
   * are lifted (REP-5). Facts: {@code document} (code: the repair decision), {@code repairedOn} (date).
   */
  FOUNDED_ON_REPAIRED_INFORMATION(RequirementId.REP_5, Severity.ERROR),
  /**
   * The listing the measure rests on is not in force on the date: expired, repaired, revoked …
   * Facts: {@code listing} (code: the designation id), {@code listType} (term), {@code status}
   * (term: its status on the date), {@code date} (date); and {@code listedUntil} (date: the first
   * day off the list) where the subject was listed.
   */
  LISTING_NOT_IN_FORCE(RequirementId.SAN_2, Severity.ERROR),
  /** The listing is of another subject. Facts: {@code listing} (code: the designation id). */
  LISTING_OF_OTHER_SUBJECT(RequirementId.SAN_2, Severity.ERROR),
  // SAN-3 relevance and proportionality
  /**
   * No conduct fact is in a field the measure applies to. Facts: {@code measure} (term), {@code
   * conductFields} (terms), {@code measureFields} (terms).
   */
  FIELD_UNRELATED(RequirementId.SAN_3, Severity.ERROR),
  /**
   * The measure is heavier than the conduct's severity class allows. Facts: {@code measure}
   * (term), {@code conductClass} (term: the worst class of the facts in the measure's fields),
   * {@code minimumClass} (term).
   */
  TOO_HEAVY_FOR_SEVERITY(RequirementId.SAN_3, Severity.ERROR),
  /**
   * The requested duration is longer than the measure's maximum. Facts: {@code measure} (term),
   * {@code proposed}, {@code maximum} (periods), {@code proposedLastDay}, {@code maximumLastDay}
   * (dates: the last day of each, counted from the decision date).
   */
  LONGER_THAN_MAXIMUM(RequirementId.SAN_3, Severity.ERROR),
  // SAN-4 leniency
  /** The subject is a minor on the date and the measure may not apply to minors. Facts: {@code measure} (term), {@code date} (date). */
  MINOR_EXCLUDED(RequirementId.SAN_4, Severity.ERROR),
  /** Conduct of a minor, without a recorded leniency assessment. Facts: {@code measure} (term). */
  MINOR_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct under force majeure, without a recorded leniency assessment. Facts: {@code measure} (term). */
  FORCE_MAJEURE_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct that was not intentional, without a recorded leniency assessment. Facts: {@code measure} (term). */
  UNINTENTIONAL_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** Conduct whose intent is not established, without a recorded leniency assessment. Facts: {@code measure} (term). */
  INTENT_NOT_ESTABLISHED(RequirementId.SAN_4, Severity.REVIEW),
  /** Minor (轻微) conduct, without a recorded leniency assessment. Facts: {@code measure} (term). */
  MINOR_CONDUCT_NOT_ASSESSED(RequirementId.SAN_4, Severity.REVIEW),
  /** A leniency assessment was recorded for the circumstances of SAN-4. Facts: {@code measure} (term), {@code assessedOn} (date). */
  LENIENCY_ASSESSED(RequirementId.SAN_4, Severity.INFO),
  // SAN-5
  /**
   * A public body requires a financial institution, agency, association or medium to sanction.
   * Facts: {@code bodyKind} (term), {@code measure} (term).
   */
  COMPELLED_MARKET_SANCTION(RequirementId.SAN_5, Severity.ERROR),
  // SAN-6
  /** A natural person is sanctioned because of a credit score. Facts: {@code measure} (term). */
  SCORE_SANCTION_OF_INDIVIDUAL(RequirementId.SAN_6, Severity.ERROR);

  private final RequirementId requirement;
  private final Severity severity;

  SanctionFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  /** {@code sanction}: codes are {@code sanction.NAME}. */
  @Override
  public String namespace() {
    return "sanction";
  }

  /** The requirement the finding serves. */
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
