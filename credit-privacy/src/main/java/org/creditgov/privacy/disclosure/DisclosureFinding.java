package org.creditgov.privacy.disclosure;

import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The findings of the disclosure view (namespace {@code disclosure}). An item withheld carries
 * findings of severity ERROR (why it may not be shown); a field withheld from an item shown, INFO.
 * {@code item}, {@code field} are terms; dates are dates.
 */
public enum DisclosureFinding implements FindingType {
  /** Shown until its window ends. Facts: {@code item}, {@code lastDay} (date: the last day shown). */
  PUBLISHED_UNTIL(RequirementId.CAT_6, Severity.INFO),
  /** Shown, with no end the catalog fixes. Facts: {@code item}. */
  PUBLISHED_WITHOUT_END(RequirementId.CAT_6, Severity.INFO),
  /** The item is not in the catalog in force. Facts: {@code item} (code). */
  NOT_IN_CATALOG(RequirementId.CAT_1, Severity.ERROR),
  /** The record is another subject's. Facts: {@code item}. */
  OTHER_SUBJECT(RequirementId.CAT_6, Severity.ERROR),
  /** The item is not disclosed to the public. Facts: {@code item}, {@code disclosure} (term). */
  NOT_PUBLIC(RequirementId.CAT_6, Severity.ERROR),
  /** No publication period can be determined (no class, no regime for the decision date). Facts: {@code item}. */
  NO_PUBLICATION_WINDOW(RequirementId.CAT_6, Severity.ERROR),
  /** Information of this class is not published by default. Facts: {@code item}. */
  NOT_PUBLISHED_BY_DEFAULT(RequirementId.CAT_6, Severity.ERROR),
  /** Publication has not begun. Facts: {@code item}, {@code start} (date). */
  NOT_YET_PUBLISHED(RequirementId.CAT_6, Severity.ERROR),
  /** The publication window has ended. Facts: {@code item}, {@code lastDay} (date: the last day it was shown). */
  PUBLICATION_ENDED(RequirementId.CAT_6, Severity.ERROR),
  /** The information was repaired; publication stopped. Facts: {@code item}, {@code stoppedOn} (date), {@code document} (code). */
  REPAIRED(RequirementId.REP_3, Severity.ERROR),
  /** Publication was stopped. Facts: {@code item}, {@code stoppedOn} (date), {@code reason} (term), {@code document} (code). */
  PUBLICATION_STOPPED(RequirementId.REP_3, Severity.ERROR),
  /**
   * A natural person's information without a legal basis for disclosure (a law or regulation the
   * item cites) and without the person's consent. Facts: {@code item}.
   */
  PERSONAL_WITHOUT_BASIS(RequirementId.CAT_6, Severity.ERROR),
  /** A field withheld: a state or commercial secret. Facts: {@code item}, {@code field}, {@code sensitivity} (term). */
  SECRET_FIELD_WITHHELD(RequirementId.CAT_6, Severity.INFO),
  /** A field withheld: sensitive personal information without the person's separate consent. Facts: {@code item}, {@code field}. */
  SENSITIVE_FIELD_WITHHELD(RequirementId.PRI_4, Severity.INFO);

  private final RequirementId requirement;
  private final Severity severity;

  DisclosureFinding(RequirementId requirement, Severity severity) {
    this.requirement = requirement;
    this.severity = severity;
  }

  @Override
  public String namespace() {
    return "disclosure";
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
    return ResourceBundle.getBundle("org.creditgov.privacy.disclosure.messages", locale);
  }
}
