package org.creditgov.privacy.query;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the query gateway (namespace {@code query}). Facts named below; {@code purpose},
 * {@code item} and {@code field} are terms (code and names), {@code query} the gateway's id of the
 * query (a code).
 */
public enum QueryFinding implements FindingType {
  /** The query rests on a statutory duty. Facts: {@code citation} (text). */
  AUTHORISED_BY_DUTY(RequirementId.PRI_4, Severity.INFO),
  /** No purpose of this code is in force. Facts: {@code purpose} (code), {@code jurisdiction} (term), {@code date}. */
  UNKNOWN_PURPOSE(RequirementId.PRI_1, Severity.ERROR),
  /** The purpose may not rest on the founding named. Facts: {@code purpose}, {@code founding} (term). */
  FOUNDING_NOT_ALLOWED(RequirementId.PRI_4, Severity.ERROR),
  /** The statutory duty is cited on an instrument below a law or regulation. Facts: {@code citation} (text), {@code level} (term). */
  STATUTORY_BASIS_TOO_LOW(RequirementId.PRI_4, Severity.ERROR),
  /** The instrument cited for the duty is not in force today. Facts: {@code citation} (text), {@code date}. */
  STATUTORY_BASIS_NOT_IN_FORCE(RequirementId.PRI_4, Severity.ERROR),
  /** A field asked for is not in the catalog in force. Facts: {@code item}, {@code field} (codes). */
  FIELD_NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /** A field asked for is not needed for the purpose: withheld. Facts: {@code purpose}, {@code item}, {@code field}. */
  FIELD_NOT_FOR_PURPOSE(RequirementId.PRI_1, Severity.WARNING),
  /** A field asked for is a state or commercial secret: withheld. Facts: {@code item}, {@code field}, {@code sensitivity} (term). */
  SECRET_FIELD_WITHHELD(RequirementId.CAT_6, Severity.WARNING),
  /** Sensitive personal information the purpose or founding does not allow: withheld. Facts: {@code item}, {@code field}. */
  SENSITIVE_FIELD_WITHHELD(RequirementId.PRI_4, Severity.WARNING),
  /** The item's sharing attribute does not allow sharing it with the department: withheld. Facts: {@code item}, {@code department} (text), {@code sharing} (term). */
  SHARING_NOT_ALLOWED(RequirementId.SEC_1, Severity.WARNING),
  /** Nothing asked for may be returned for the purpose. Facts: {@code purpose}. */
  NOTHING_TO_RETURN(RequirementId.PRI_1, Severity.ERROR),
  /** The query is registered and held for review. Facts: {@code query}, {@code flags} (terms). */
  FLAGGED_FOR_REVIEW(RequirementId.SEC_1, Severity.WARNING),
  /** The review is recorded. Facts: {@code query}, {@code outcome} (term). */
  REVIEW_RECORDED(RequirementId.SEC_1, Severity.INFO),
  /** No query of this id is registered. Facts: {@code query}. */
  QUERY_NOT_FOUND(RequirementId.SEC_1, Severity.ERROR),
  /** The query was already reviewed. Facts: {@code query}, {@code outcome} (term: the earlier outcome). */
  ALREADY_REVIEWED(RequirementId.SEC_1, Severity.ERROR),
  /** An officer may not review their own query. Facts: {@code query}. */
  SELF_REVIEW(RequirementId.SEC_1, Severity.ERROR),
  /** The query reviewed was not flagged: the review is recorded all the same. Facts: {@code query}. */
  NOT_FLAGGED(RequirementId.SEC_1, Severity.INFO);

  private final RequirementId requirement;
  private final Severity severity;

  QueryFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "query";
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
    return ResourceBundle.getBundle("org.creditgov.privacy.query.messages", locale);
  }
}
